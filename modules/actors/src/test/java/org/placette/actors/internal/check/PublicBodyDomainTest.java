package org.placette.actors.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublicBodyDomainTest {

  private final PublicBodyDomain niort = new PublicBodyDomain("@Niort.FR ", "Ville de Niort", Instant.EPOCH);

  @Test
  void coversTheDomainAndItsSubdomainsWhateverTheCase() {
    assertThat(niort.domain()).isEqualTo("niort.fr");
    assertThat(niort.covers("niort.fr")).isTrue();
    assertThat(niort.covers("Mairie.Niort.fr")).isTrue();
  }

  @Test
  void doesNotCoverLookAlikes() {
    assertThat(niort.covers("notniort.fr")).isFalse();
    assertThat(niort.covers("niort.fr.example.com")).isFalse();
  }
}
