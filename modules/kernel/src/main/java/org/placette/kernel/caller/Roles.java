package org.placette.kernel.caller;

/** The realm roles of Keycloak realm {@code placette}, as used in {@code @RolesAllowed}. */
public final class Roles {

  public static final String PLATFORM_ADMIN = "platform-admin";
  public static final String AUTHORITY_MEMBER = "authority-member";
  public static final String STARTUP_MEMBER = "startup-member";
  public static final String INTEGRATOR = "integrator";

  private Roles() {}
}
