package org.placette.notifications.internal.outbox;

/** What one delivery attempt came to. */
public sealed interface DeliveryResult {

  /** The channel accepted the message. */
  record Delivered() implements DeliveryResult {}

  /** A transient failure (timeout, 5xx, connection refused): try again later. */
  record Failed(String reason) implements DeliveryResult {}

  /** Trying again cannot help (the webhook was removed): a dead letter at once. */
  record Abandoned(String reason) implements DeliveryResult {}

  static DeliveryResult delivered() {
    return new Delivered();
  }

  static DeliveryResult failed(String reason) {
    return new Failed(reason);
  }

  static DeliveryResult abandoned(String reason) {
    return new Abandoned(reason);
  }
}
