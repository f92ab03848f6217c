package org.placette.matchmaking.internal.match;

import org.placette.matchmaking.internal.profile.Side;

/** Which side a ranking was computed for: a need's solutions, or a solution's needs. */
public enum Direction {
  NEED_TO_SOLUTIONS(Side.NEED, Side.SOLUTION),
  SOLUTION_TO_NEEDS(Side.SOLUTION, Side.NEED);

  private final Side from;
  private final Side to;

  Direction(Side from, Side to) {
    this.from = from;
    this.to = to;
  }

  public static Direction from(Side side) {
    return side == Side.NEED ? NEED_TO_SOLUTIONS : SOLUTION_TO_NEEDS;
  }

  public Side candidates() {
    return to;
  }

  public Side item() {
    return from;
  }
}
