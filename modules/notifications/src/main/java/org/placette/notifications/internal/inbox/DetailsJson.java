package org.placette.notifications.internal.inbox;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Notification details to and from the JSON they are stored as. */
public final class DetailsJson {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private DetailsJson() {}

  public static String write(NotificationDetails details) {
    return JSONB.toJson(details);
  }

  public static NotificationDetails read(String json) {
    return JSONB.fromJson(json, NotificationDetails.class);
  }
}
