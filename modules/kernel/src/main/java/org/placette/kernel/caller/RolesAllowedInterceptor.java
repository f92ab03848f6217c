package org.placette.kernel.caller;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;
import org.placette.kernel.problem.Problem;

/**
 * Checks an application service's {@code @RolesAllowed} (method first, then class) against the
 * caller: no authenticated caller is 401, none of the roles is 403.
 */
@Interceptor
@RolesAllowed({})
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RolesAllowedInterceptor {

  @Inject private Caller caller;

  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    RolesAllowed allowed = invocation.getMethod().getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = invocation.getMethod().getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    if (allowed != null) {
      if (!caller.authenticated()) {
        throw new Problem(401, "unauthenticated", "Authentication required",
            "Send a valid bearer token from Keycloak realm placette in the Authorization header.");
      }
      if (Arrays.stream(allowed.value()).noneMatch(caller::hasRole)) {
        throw Problem.forbidden("This operation needs one of the roles " + String.join(", ", allowed.value()) + ".");
      }
    }
    return invocation.proceed();
  }
}
