package org.placette.actors.internal.territory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * One copy of each reference list per application, read once at first use. Singleton rather than
 * application scope: the lists are final classes, which a client proxy could not wrap.
 */
@ApplicationScoped
class ReferenceData {

  @Produces
  @Singleton
  FrenchTerritories frenchTerritories() {
    return FrenchTerritories.load();
  }

  @Produces
  @Singleton
  Iso3166 iso3166() {
    return Iso3166.load();
  }
}
