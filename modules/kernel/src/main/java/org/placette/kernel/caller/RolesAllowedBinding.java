package org.placette.kernel.caller;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.util.Nonbinding;

/**
 * Makes {@code @RolesAllowed} an interceptor binding. Liberty enforces it on REST resources and
 * EJBs but not on plain CDI beans, where Placette's application services declare their roles; the
 * {@link RolesAllowedInterceptor} enforces it there, whatever the role list.
 */
public class RolesAllowedBinding implements Extension {

  void bindRolesAllowed(@Observes BeforeBeanDiscovery discovery) {
    discovery.configureInterceptorBinding(RolesAllowed.class)
        .methods()
        .forEach(member -> member.add(Nonbinding.Literal.INSTANCE));
  }
}
