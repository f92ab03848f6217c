package org.placette.matchmaking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import org.placette.testkit.ModuleRules;

/*
 * Rules are checked in @ArchTest methods, not declared as @ArchTest fields: Surefire 3.5.3 does
 * not run field rules at all (TNG/ArchUnit#1442), so a broken boundary would pass unnoticed.
 */
@AnalyzeClasses(packages = ModuleRules.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class MatchmakingArchitectureTest {

  @ArchTest
  void matchmaking_uses_other_modules_only_through_their_api(JavaClasses classes) {
    ModuleRules.usesOtherModulesOnlyThroughTheirApi("matchmaking").check(classes);
  }

  @ArchTest
  void matchmaking_api_does_not_expose_internals(JavaClasses classes) {
    ModuleRules.apiDoesNotExposeInternals("matchmaking").check(classes);
  }

  @ArchTest
  void the_scorer_core_needs_no_container(JavaClasses classes) {
    noClasses().that().resideInAnyPackage("..matchmaking.internal.scoring..", "..matchmaking.internal.concept..",
            "..matchmaking.internal.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.enterprise..",
            "jakarta.ws.rs..", "org.hibernate.orm..", "org.hibernate.search.mapper..")
        .as("the scorer core, concepts and analysis need no container, ORM or REST")
        .check(classes);
  }
}
