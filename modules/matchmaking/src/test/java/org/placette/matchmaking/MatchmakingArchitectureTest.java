package org.placette.matchmaking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placette.testkit.ModuleRules;

class MatchmakingArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = ModuleRules.productionClasses();
  }

  @Test
  void matchmakingUsesOtherModulesOnlyThroughTheirApi() {
    ModuleRules.usesOtherModulesOnlyThroughTheirApi("matchmaking").check(classes);
  }

  @Test
  void matchmakingApiDoesNotExposeInternals() {
    ModuleRules.apiDoesNotExposeInternals("matchmaking").check(classes);
  }

  @Test
  void theScorerCoreNeedsNoContainer() {
    noClasses().that().resideInAnyPackage("..matchmaking.internal.scoring..", "..matchmaking.internal.concept..",
            "..matchmaking.internal.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.enterprise..",
            "jakarta.ws.rs..", "org.hibernate.orm..", "org.hibernate.search.mapper..")
        .as("the scorer core, concepts and analysis need no container, ORM or REST")
        .check(classes);
  }
}
