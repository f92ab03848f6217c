package org.placette.actors;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.placette.testkit.ModuleRules;

class ActorsArchitectureTest {

  private static final JavaClasses CLASSES = ModuleRules.productionClasses();

  @Test
  void actorsUsesOtherModulesOnlyThroughTheirApi() {
    ModuleRules.usesOtherModulesOnlyThroughTheirApi("actors").check(CLASSES);
  }

  @Test
  void actorsApiDoesNotExposeInternals() {
    ModuleRules.apiDoesNotExposeInternals("actors").check(CLASSES);
  }
}
