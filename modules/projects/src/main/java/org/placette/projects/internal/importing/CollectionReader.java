package org.placette.projects.internal.importing;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.placette.kernel.problem.FieldError;
import org.placette.kernel.problem.Problem;

/**
 * Walks a collection file ({@code {"version": 1, "authorities": [...], "startups": [...], "needs":
 * [...], "solutions": [...]}}) one item at a time, without holding the file in memory. Other
 * top-level members (description, judgments) are skipped.
 */
final class CollectionReader {

  static final List<String> SECTIONS = List.of("authorities", "startups", "needs", "solutions");

  /** Receives each item of each section, with its index in the section. */
  interface Visitor {
    void item(String section, int index, JsonObject item);
  }

  private CollectionReader() {}

  static void read(InputStream input, Visitor visitor) {
    try (JsonParser parser = Json.createParser(input)) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw malformed("The collection is a JSON object with authorities, startups, needs and solutions arrays.");
      }
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.END_OBJECT) {
          return;
        }
        String name = parser.getString();
        JsonParser.Event value = parser.next();
        if (name.equals("version")) {
          if (value != JsonParser.Event.VALUE_NUMBER || parser.getInt() != 1) {
            throw Problem.invalid(List.of(new FieldError("version", "Only version 1 of the collection format is read.")));
          }
        } else if (SECTIONS.contains(name)) {
          if (value != JsonParser.Event.START_ARRAY) {
            throw Problem.invalid(List.of(new FieldError(name, "Must be an array of objects.")));
          }
          int index = 0;
          JsonParser.Event element;
          while ((element = parser.next()) != JsonParser.Event.END_ARRAY) {
            if (element != JsonParser.Event.START_OBJECT) {
              throw Problem.invalid(List.of(new FieldError(name + "[" + index + "]", "Must be an object.")));
            }
            visitor.item(name, index++, parser.getObject());
          }
        } else if (value == JsonParser.Event.START_OBJECT) {
          parser.skipObject();
        } else if (value == JsonParser.Event.START_ARRAY) {
          parser.skipArray();
        }
      }
      throw malformed("The collection ends before its closing brace.");
    } catch (JsonParsingException unreadable) {
      throw malformed("The collection is not well-formed JSON: " + unreadable.getMessage());
    } catch (JsonException failed) {
      if (failed.getCause() instanceof IOException io && io.getCause() instanceof Problem problem) {
        throw problem;
      }
      throw malformed("The collection could not be read: " + failed.getMessage());
    }
  }

  private static Problem malformed(String detail) {
    return new Problem(400, "malformed-request", "Malformed request", detail);
  }
}
