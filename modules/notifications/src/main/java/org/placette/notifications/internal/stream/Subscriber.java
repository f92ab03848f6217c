package org.placette.notifications.internal.stream;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.List;

/**
 * One open stream of one member. It sends each notification once and in order: until the replay
 * of what the client missed is done, live notifications are held back, then whatever the replay
 * already covered is dropped by number.
 */
final class Subscriber {

  private final String subject;
  private final SseEventSink sink;
  private final Sse sse;
  private final Jsonb json;
  private final List<StreamedNotification> held = new ArrayList<>();
  private long lastSent;
  private boolean replaying = true;

  Subscriber(String subject, SseEventSink sink, Sse sse, Jsonb json, long lastSent) {
    this.subject = subject;
    this.sink = sink;
    this.sse = sse;
    this.json = json;
    this.lastSent = lastSent;
  }

  String subject() {
    return subject;
  }

  synchronized long lastSent() {
    return lastSent;
  }

  boolean closed() {
    return sink.isClosed();
  }

  synchronized void offer(StreamedNotification notification) {
    if (replaying) {
      held.add(notification);
    } else {
      sendIfNew(notification);
    }
  }

  synchronized void replay(List<StreamedNotification> missed) {
    missed.forEach(this::sendIfNew);
  }

  synchronized void replayDone() {
    replaying = false;
    held.forEach(this::sendIfNew);
    held.clear();
  }

  /** A comment line: keeps proxies from closing an idle connection and reveals a client that left. */
  synchronized void keepAlive() {
    if (!sink.isClosed()) {
      sink.send(sse.newEventBuilder().comment("keep-alive").build()).whenComplete(this::closeOnFailure);
    }
  }

  void close() {
    sink.close();
  }

  private void sendIfNew(StreamedNotification notification) {
    if (notification.seq() <= lastSent || sink.isClosed()) {
      return;
    }
    sink.send(sse.newEventBuilder()
            .id(Long.toString(notification.seq()))
            .name("notification")
            .mediaType(MediaType.APPLICATION_JSON_TYPE)
            .data(String.class, json.toJson(notification.view()))
            .build())
        .whenComplete(this::closeOnFailure);
    lastSent = notification.seq();
  }

  private void closeOnFailure(Object ignored, Throwable failure) {
    if (failure != null) {
      sink.close();
    }
  }
}
