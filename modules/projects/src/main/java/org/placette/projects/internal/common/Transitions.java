package org.placette.projects.internal.common;

import org.placette.kernel.problem.Problem;

/** The answer to a lifecycle step that the current status does not allow. */
public final class Transitions {

  private Transitions() {}

  public static Problem refused(String what, Enum<?> status, String action) {
    return new Problem(409, "invalid-transition", "Invalid transition",
        what + " in status " + status + " cannot be " + action + ".");
  }
}
