package org.placette.kernel.paging;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a list answer: {@code {"items": [...], "next": "<cursor>"}}. {@code next} is {@code
 * null} on the last page and is written as {@code "next": null}, not left out, because clients
 * loop on it.
 */
@JsonbNillable
@JsonbPropertyOrder({"items", "next"})
public record Page<T>(List<T> items, String next) {

  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
    return new Page<>(items.stream().<R>map(mapping).toList(), next);
  }
}
