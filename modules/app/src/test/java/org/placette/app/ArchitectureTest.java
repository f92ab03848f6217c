package org.placette.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.placette.testkit.ModuleRules;

/** The whole platform's boundaries, seen from the assembly that has every module on its classpath. */
@AnalyzeClasses(packages = ModuleRules.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule no_cycles_between_modules = ModuleRules.noCyclesBetweenModules();

  @ArchTest
  static final ArchRule kernel_depends_on_no_module = ModuleRules.kernelDependsOnNoModule();

  @ArchTest
  static final ArchRule app_uses_modules_only_through_their_api = ModuleRules.usesOtherModulesOnlyThroughTheirApi("app");
}
