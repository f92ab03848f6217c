package org.placette.projects;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.placette.testkit.ModuleRules;

@AnalyzeClasses(packages = ModuleRules.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ProjectsArchitectureTest {

  @ArchTest
  static final ArchRule projects_uses_other_modules_only_through_their_api =
      ModuleRules.usesOtherModulesOnlyThroughTheirApi("projects");

  @ArchTest
  static final ArchRule projects_api_does_not_expose_internals = ModuleRules.apiDoesNotExposeInternals("projects");

  @ArchTest
  static final ArchRule resources_neither_hold_an_entity_manager_nor_open_transactions =
      noClasses().that().resideInAPackage("org.placette.projects..").and().haveSimpleNameEndingWith("Resource")
          .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
          .orShould().beAnnotatedWith(Transactional.class)
          .as("projects resources neither hold an EntityManager nor open transactions");

  @ArchTest
  static final ArchRule events_are_records = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
      .that().resideInAPackage("org.placette.projects.api.events").and().areTopLevelClasses()
      .and().doNotHaveSimpleName("package-info")
      .should().beRecords().as("projects events are immutable records");
}
