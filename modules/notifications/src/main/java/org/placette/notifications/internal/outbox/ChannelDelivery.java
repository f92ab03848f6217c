package org.placette.notifications.internal.outbox;

/** Delivers claimed entries of one channel. Runs outside any transaction: it may block on the network. */
public interface ChannelDelivery {

  Channel channel();

  DeliveryResult deliver(ClaimedEntry entry);
}
