package org.placette.notifications;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.placette.testkit.ModuleRules;

class NotificationsArchitectureTest {

  private static final JavaClasses CLASSES = ModuleRules.productionClasses();

  @Test
  void notificationsUsesOtherModulesOnlyThroughTheirApi() {
    ModuleRules.usesOtherModulesOnlyThroughTheirApi("notifications").check(CLASSES);
  }

  @Test
  void notificationsApiDoesNotExposeInternals() {
    ModuleRules.apiDoesNotExposeInternals("notifications").check(CLASSES);
  }
}
