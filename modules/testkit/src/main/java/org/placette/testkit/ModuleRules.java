package org.placette.testkit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundary rules of the modular monolith, shared by every module's architecture test. A module
 * is the package {@code org.placette.<module>}; its {@code api} sub-package is its contract, the
 * rest is internal. Tests call {@code rule.check(ModuleRules.productionClasses())} from plain JUnit
 * tests: ArchUnit's own JUnit engine is not picked up by Surefire here, and a rule that silently
 * does not run proves nothing.
 */
public final class ModuleRules {

  public static final String BASE = "org.placette";

  private ModuleRules() {}

  /** The production classes of every Placette module on the test's classpath. */
  public static JavaClasses productionClasses() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
  }

  /** Another module may be reached through its {@code api} package only; the kernel is shared. */
  public static ArchRule usesOtherModulesOnlyThroughTheirApi(String module) {
    String own = BASE + "." + module + "..";
    return noClasses().that().resideInAPackage(own)
        .should().dependOnClassesThat(resideInAPackage(BASE + "..")
            .and(not(resideInAnyPackage(own, BASE + ".kernel..", BASE + ".*.api..", BASE + ".testkit.."))))
        .as(module + " uses other modules only through their api packages");
  }

  /** The contract must not leak the module's internals (entities, repositories) to its users. */
  public static ArchRule apiDoesNotExposeInternals(String module) {
    String prefix = BASE + "." + module;
    return noClasses().that().resideInAPackage(prefix + ".api..")
        .should().dependOnClassesThat().resideInAPackage(prefix + ".internal..")
        .allowEmptyShould(true)
        .as("the api of " + module + " does not expose its internals");
  }

  /** The kernel stays free of every module. */
  public static ArchRule kernelDependsOnNoModule() {
    return noClasses().that().resideInAPackage(BASE + ".kernel..")
        .should().dependOnClassesThat().resideInAnyPackage(BASE + ".actors..", BASE + ".projects..",
            BASE + ".matchmaking..", BASE + ".notifications..", BASE + ".app..")
        .as("the kernel depends on no module");
  }

  public static ArchRule noCyclesBetweenModules() {
    return slices().matching(BASE + ".(*)..").should().beFreeOfCycles().as("no cycles between modules");
  }
}
