package org.placette.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.placette.testkit.ModuleRules;

/** The whole platform's boundaries, seen from the assembly that has every module on its classpath. */
class ArchitectureTest {

  private static final JavaClasses CLASSES = ModuleRules.productionClasses();

  @Test
  void noCyclesBetweenModules() {
    ModuleRules.noCyclesBetweenModules().check(CLASSES);
  }

  @Test
  void kernelDependsOnNoModule() {
    ModuleRules.kernelDependsOnNoModule().check(CLASSES);
  }

  @Test
  void appUsesModulesOnlyThroughTheirApi() {
    ModuleRules.usesOtherModulesOnlyThroughTheirApi("app").check(CLASSES);
  }

  @Test
  void everyModuleUsesTheOthersOnlyThroughTheirApi() {
    for (String module : new String[] {"actors", "projects", "matchmaking", "notifications"}) {
      ModuleRules.usesOtherModulesOnlyThroughTheirApi(module).allowEmptyShould(true).check(CLASSES);
    }
  }

  @Test
  void theBoundaryRuleCatchesAReachIntoAnotherModulesInternals() {
    JavaClasses offender = new ClassFileImporter().importClasses(ReachesIntoInternals.class,
        org.placette.matchmaking.internal.profile.Side.class);
    assertThatThrownBy(() -> ModuleRules.usesOtherModulesOnlyThroughTheirApi("app").check(offender))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("matchmaking.internal");
  }

  /** Deliberately breaks the rule, to prove the rule is able to fail. */
  static final class ReachesIntoInternals {
    org.placette.matchmaking.internal.profile.Side side;
  }
}
