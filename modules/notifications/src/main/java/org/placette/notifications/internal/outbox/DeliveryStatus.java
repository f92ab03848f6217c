package org.placette.notifications.internal.outbox;

/** PENDING until delivered; DEAD once the retries are exhausted, until an administrator redelivers. */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  DEAD
}
