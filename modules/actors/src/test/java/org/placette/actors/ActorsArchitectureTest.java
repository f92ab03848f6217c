package org.placette.actors;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.placette.testkit.ModuleRules;

@AnalyzeClasses(packages = ModuleRules.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ActorsArchitectureTest {

  @ArchTest
  static final ArchRule actors_uses_other_modules_only_through_their_api =
      ModuleRules.usesOtherModulesOnlyThroughTheirApi("actors");

  @ArchTest
  static final ArchRule actors_api_does_not_expose_internals = ModuleRules.apiDoesNotExposeInternals("actors");
}
