package org.placette.projects;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.placette.testkit.ModuleRules;

/** The module's boundaries, checked by plain JUnit tests (see {@link ModuleRules}). */
class ProjectsArchitectureTest {

  private static final JavaClasses CLASSES = ModuleRules.productionClasses();

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
