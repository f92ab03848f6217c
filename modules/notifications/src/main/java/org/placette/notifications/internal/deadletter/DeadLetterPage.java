package org.placette.notifications.internal.deadletter;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** The list format of the API; dead letters come in one page, so {@code next} is always null. */
@JsonbNillable
public record DeadLetterPage(List<DeadLetterView> items, String next) {

  DeadLetterPage(List<DeadLetterView> items) {
    this(items, null);
  }
}
