package org.placette.actors.internal.territory;

/** The French levels of local government Placette knows, from the smallest to the largest. */
public enum TerritoryLevel {
  COMMUNE,
  /** An EPCI à fiscalité propre: communauté de communes, d'agglomération, urbaine, métropole. */
  INTERCOMMUNALITY,
  DEPARTMENT,
  REGION
}
