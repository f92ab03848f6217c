/**
 * Notifications: what members are told and how it reaches them. Triggers observe matches and
 * dialogue events inside the transaction that causes them and write, once per recipient, an inbox
 * notification and the outbox entries of the channels the member chose (email now or in a digest,
 * the organisation's signed webhook); a dispatcher delivers the outbox with retries and dead
 * letters. A poller per instance numbers committed notifications in commit order and streams them
 * to the members' open Server-Sent Events connections.
 */
package org.placette.notifications;
