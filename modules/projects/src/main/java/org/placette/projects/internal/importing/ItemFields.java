package org.placette.projects.internal.importing;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.placette.kernel.problem.InputCheck;
import org.placette.projects.internal.common.PlainText;
import org.placette.projects.internal.common.TextRules;

/** Reads the members of one collection item, recording every wrong one under its path ({@code needs[3].title}). */
final class ItemFields {

  private final JsonObject item;
  private final String path;
  private final InputCheck check;

  ItemFields(JsonObject item, String path, InputCheck check) {
    this.item = item;
    this.path = path;
    this.check = check;
  }

  String text(String name, boolean required, int min, int max) {
    JsonValue value = item.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        check.add(path + "." + name, "Required.");
      }
      return null;
    }
    if (!(value instanceof JsonString string)) {
      check.add(path + "." + name, "Must be a string.");
      return null;
    }
    String text = string.getString().strip();
    if (text.length() < min || text.length() > max) {
      check.add(path + "." + name, "Has " + min + " to " + max + " characters.");
      return null;
    }
    TextRules.plain(check, path + "." + name, text);
    return PlainText.clean(text);
  }

  String code(String name, boolean required, String pattern, String message) {
    String value = text(name, required, 0, 64);
    if (value != null && !value.matches(pattern)) {
      check.add(path + "." + name, message);
      return null;
    }
    return value;
  }

  Long number(String name, long min, long max) {
    JsonValue value = item.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      check.add(path + "." + name, "Must be a whole number.");
      return null;
    }
    long result = number.longValue();
    if (result < min || result > max) {
      check.add(path + "." + name, "Is between " + min + " and " + max + ".");
      return null;
    }
    return result;
  }

  LocalDate date(String name) {
    String value = text(name, false, 0, 10);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException unreadable) {
      check.add(path + "." + name, "Use an ISO date such as 2027-03-31.");
      return null;
    }
  }

  List<String> texts(String name, int maxItems, int maxLength) {
    JsonValue value = item.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      check.add(path + "." + name, "Must be an array of strings.");
      return List.of();
    }
    if (array.size() > maxItems) {
      check.add(path + "." + name, "Has at most " + maxItems + " entries.");
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String field = path + "." + name + "[" + i + "]";
      if (!(array.get(i) instanceof JsonString string) || string.getString().isBlank()) {
        check.add(field, "Must be a non-empty string.");
      } else if (string.getString().strip().length() > maxLength) {
        check.add(field, "Has at most " + maxLength + " characters.");
      } else {
        TextRules.plain(check, field, string.getString());
        texts.add(string.getString().strip());
      }
    }
    return texts;
  }
}
