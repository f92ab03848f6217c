package org.placette.notifications.internal.email;

import java.util.UUID;
import org.placette.notifications.internal.inbox.NotificationDetails;
import org.placette.notifications.internal.inbox.NotificationKind;

/** One notification in a digest. */
record DigestEntry(NotificationKind kind, UUID needId, Integer score, NotificationDetails details) {}
