/**
 * Actors: the organisations on the platform (local authorities, urban developers, startups,
 * companies, research labs), their members and their verification. Keycloak holds the members'
 * credentials and sessions; this module keeps the organisations and synchronises Keycloak through
 * its admin API. Other modules use {@code org.placette.actors.api} only.
 */
package org.placette.actors;
