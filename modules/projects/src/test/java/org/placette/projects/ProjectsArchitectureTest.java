package org.placette.projects;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.placette.testkit.ModuleRules;

/**
 * The module's boundaries. Plain JUnit tests that check the rules themselves: with this build's
 * surefire, {@code @ArchTest} fields are discovered but never evaluated ("Tests run: 0").
 */
class ProjectsArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ModuleRules.BASE);

  @Test
  void projectsUsesOtherModulesOnlyThroughTheirApi() {
    ModuleRules.usesOtherModulesOnlyThroughTheirApi("projects").check(CLASSES);
  }

  @Test
  void projectsApiDoesNotExposeInternals() {
    ModuleRules.apiDoesNotExposeInternals("projects").check(CLASSES);
  }

  @Test
  void resourcesNeitherHoldAnEntityManagerNorOpenTransactions() {
    noClasses().that().resideInAPackage("org.placette.projects..").and().haveSimpleNameEndingWith("Resource")
        .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
        .orShould().beAnnotatedWith(Transactional.class)
        .check(CLASSES);
  }

  @Test
  void eventsAreRecords() {
    classes().that().resideInAPackage("org.placette.projects.api.events").and().areTopLevelClasses()
        .and().doNotHaveSimpleName("package-info")
        .should().beRecords()
        .check(CLASSES);
  }
}
