package org.placette.matchmaking.internal.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How matches are kept and announced; each a MicroProfile Config property, set in server.xml or the environment. */
@ApplicationScoped
public class MatchingSettings {

  /** Pairs scoring below this are not kept: nobody wants to read them. */
  @Inject
  @ConfigProperty(name = "matchmaking.match.floor", defaultValue = "20")
  int floor;

  /** How many matches are kept per item and side; the notifications fan-out is bounded by it too. */
  @Inject
  @ConfigProperty(name = "matchmaking.match.limit", defaultValue = "100")
  int limit;

  /** A kept match is announced again only if its score rose by at least this much. */
  @Inject
  @ConfigProperty(name = "matchmaking.match.material-rise", defaultValue = "10")
  int materialRise;

  /** A candidate whose counterpart changed is refreshed after this delay, so a burst of changes costs one refresh. */
  @Inject
  @ConfigProperty(name = "matchmaking.match.refresh-delay", defaultValue = "PT10S")
  Duration refreshDelay;

  /**
   * While translations are pending (an import), refreshes wait for them, up to this long past due:
   * each translation that lands would ask for the same refresh again.
   */
  @Inject
  @ConfigProperty(name = "matchmaking.match.refresh-deferral-limit", defaultValue = "PT2M")
  Duration refreshDeferralLimit;

  /**
   * While translations are being stored, an item's matches wait for its translation, up to this
   * long past due: it is then scored once, in all three languages, instead of first in its own
   * language and again later. It is searchable, and found by the other side's items, at once.
   */
  @Inject
  @ConfigProperty(name = "matchmaking.match.translation-wait", defaultValue = "PT30M")
  Duration translationWait;

  @Inject
  @ConfigProperty(name = "matchmaking.work.poll-interval", defaultValue = "PT1S")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "matchmaking.work.lease", defaultValue = "PT5M")
  Duration lease;

  /**
   * Profiles translated together. Each Apertium run starts a pipeline of processes per language
   * pair, which costs more CPU (about 0.8 s) than translating fifty solutions; larger batches
   * share it. A batch still holds only what is waiting, so one new item is translated alone.
   */
  @Inject
  @ConfigProperty(name = "matchmaking.translation.batch-size", defaultValue = "200")
  int translationBatch;

  public int floor() {
    return floor;
  }

  public int limit() {
    return limit;
  }

  public int materialRise() {
    return materialRise;
  }

  public Duration refreshDelay() {
    return refreshDelay;
  }

  public Duration refreshDeferralLimit() {
    return refreshDeferralLimit;
  }

  public Duration translationWait() {
    return translationWait;
  }

  public Duration pollInterval() {
    return pollInterval;
  }

  public Duration lease() {
    return lease;
  }

  public int translationBatch() {
    return translationBatch;
  }
}
