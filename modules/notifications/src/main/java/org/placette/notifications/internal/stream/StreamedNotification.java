package org.placette.notifications.internal.stream;

import org.placette.notifications.internal.inbox.NotificationView;

/** A numbered notification on its way to whoever of its recipient's connections is open. */
record StreamedNotification(String recipientSubject, NotificationView view) {

  long seq() {
    return view.id();
  }
}
