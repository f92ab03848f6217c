package org.placette.actors.api;

/** What an organisation is, which decides what it may publish and the realm role of its members. */
public enum OrganisationKind {
  LOCAL_AUTHORITY,
  URBAN_DEVELOPER,
  STARTUP,
  COMPANY,
  RESEARCH_LAB;

  /** Local authorities and urban developers publish needs. */
  public boolean publishesNeeds() {
    return this == LOCAL_AUTHORITY || this == URBAN_DEVELOPER;
  }

  /** Startups, companies and research labs offer solutions. */
  public boolean offersSolutions() {
    return !publishesNeeds();
  }
}
