package org.placette.matchmaking.internal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.TreeSet;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.placette.matchmaking.internal.translation.TranslationStatus;
import org.placette.matchmaking.internal.translation.Translations;

/**
 * Reports machine translation. Always UP: without Apertium Placette still serves and matches
 * within each language, so taking the instance out of rotation would be worse. The data says
 * whether cross-lingual matching is "complete" or "degraded", and why.
 */
@Readiness
@ApplicationScoped
public class TranslationHealthCheck implements HealthCheck {

  @Inject Translations translations;

  @Override
  public HealthCheckResponse call() {
    TranslationStatus status = translations.status();
    var response = HealthCheckResponse.named("translation")
        .withData("crossLingualMatching", status.degraded() ? "degraded" : "complete")
        .withData("apertium", status.apertiumFound() ? "found" : "missing");
    if (status.degraded()) {
      response.withData("missingModes", String.join(",", new TreeSet<>(status.missingModes())))
          .withData("problem", String.valueOf(status.problem()));
    }
    return response.up().build();
  }
}
