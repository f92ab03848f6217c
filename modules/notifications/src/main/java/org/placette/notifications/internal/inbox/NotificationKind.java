package org.placette.notifications.internal.inbox;

/** What a member is told about; each kind has the event type its webhook deliveries carry. */
public enum NotificationKind {
  /** To a solution's team: a need published or rewritten matches their solution. */
  NEW_MATCHING_NEED("placette.need.matched", true),
  /** To a need's authority: a solution published or rewritten matches their need. */
  NEW_MATCHING_SOLUTION("placette.solution.matched", true),
  /** To whoever asked: the authority answered their question. */
  QUESTION_ANSWERED("placette.question.answered", false),
  /** To a need's authority: a startup expressed interest with one of its solutions. */
  INTEREST_RECEIVED("placette.interest.received", false),
  INTEREST_SHORTLISTED("placette.interest.shortlisted", false),
  INTEREST_DECLINED("placette.interest.declined", false),
  INTEREST_SELECTED("placette.interest.selected", false);

  private final String eventType;
  private final boolean match;

  NotificationKind(String eventType, boolean match) {
    this.eventType = eventType;
    this.match = match;
  }

  public String eventType() {
    return eventType;
  }

  /** Matches are filtered by the member's minimum score and themes; dialogue about their own items is not. */
  public boolean match() {
    return match;
  }
}
