package org.placette.matchmaking.internal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.placette.matchmaking.internal.profile.MatchProfile;

/**
 * Ready when Hibernate Search booted and its backend answers a query. Search boot failures do not
 * stop the deployment (writes would succeed unindexed), so this check is what makes them visible.
 */
@Readiness
@ApplicationScoped
public class SearchReadinessCheck implements HealthCheck {

  @PersistenceUnit(unitName = "matchmaking")
  private EntityManagerFactory entityManagerFactory;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("search");
    try {
      SearchMapping mapping = Search.mapping(entityManagerFactory);
      response.withData("indexedEntities", mapping.allIndexedEntities().size())
          .withData("backend", mapping.backend().getClass().getSimpleName());
      try (var session = entityManagerFactory.createEntityManager()) {
        long profiles = Search.session(session).search(MatchProfile.class).where(f -> f.matchAll()).fetchTotalHitCount();
        response.withData("indexedProfiles", profiles);
      }
      return response.up().build();
    } catch (RuntimeException failure) {
      return response.down().withData("error", String.valueOf(failure.getMessage())).build();
    }
  }
}
