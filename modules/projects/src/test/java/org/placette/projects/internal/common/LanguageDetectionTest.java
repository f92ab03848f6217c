package org.placette.projects.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

  private final LanguageDetection detection = new LanguageDetection();

  @Test
  void tellsTheThreePlatformLanguagesApart() {
    assertThat(detection.detect("Réduire les fuites du réseau d'eau potable grâce à des capteurs acoustiques"))
        .contains("fr");
    assertThat(detection.detect("Reduce leaks in the drinking water network with acoustic sensors")).contains("en");
    assertThat(detection.detect("Reducir las fugas de la red de agua potable con sensores acústicos")).contains("es");
  }

  @Test
  void saysNothingAboutNoText() {
    assertThat(detection.detect("  ")).isEmpty();
    assertThat(detection.detect("12345 !!")).isEmpty();
  }
}
