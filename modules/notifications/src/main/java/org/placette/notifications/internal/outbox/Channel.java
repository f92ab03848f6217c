package org.placette.notifications.internal.outbox;

/** How an outbox entry reaches its recipient. */
public enum Channel {
  WEBHOOK,
  EMAIL
}
