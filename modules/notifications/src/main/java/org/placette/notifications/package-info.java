/**
 * Notifications: what members are told and how it reaches them. Every notification is first an
 * outbox entry written in the transaction of the change that causes it; a dispatcher then delivers
 * each entry on its channel (organisation webhooks signed as the Standard Webhooks specification
 * says; inbox, live stream and email as they are added), retrying with backoff and keeping what
 * cannot be delivered as dead letters for an administrator to redeliver.
 */
package org.placette.notifications;
