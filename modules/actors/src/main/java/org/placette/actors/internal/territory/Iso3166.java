package org.placette.actors.internal.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * ISO 3166-1 countries and ISO 3166-2 subdivisions, built into the module from the npm package
 * {@code iso-3166}: outside France an organisation's country and region are one of these codes.
 */
public final class Iso3166 {

  static final String COUNTRIES = "/org/placette/actors/territories/iso3166-countries.tsv";
  static final String SUBDIVISIONS = "/org/placette/actors/territories/iso3166-subdivisions.tsv.gz";

  /** A country: alpha-2 code (the one Placette stores), alpha-3, numeric and English name. */
  public record Country(String code, String alpha3, String numeric, String name) {}

  /** A subdivision: its ISO 3166-2 code, its parent (a country or a larger subdivision) and name. */
  public record Subdivision(String code, String parent, String name) {}

  private final Map<String, Country> countries = new LinkedHashMap<>();
  private final Map<String, Subdivision> subdivisions = new LinkedHashMap<>();

  private Iso3166() {}

  public static Iso3166 load() {
    Iso3166 iso = new Iso3166();
    for (String[] cells : rows(COUNTRIES, false)) {
      iso.countries.put(cells[0], new Country(cells[0], cells[1], cells[2], cells[3]));
    }
    for (String[] cells : rows(SUBDIVISIONS, true)) {
      iso.subdivisions.put(cells[0], new Subdivision(cells[0], cells[1], cells[2]));
    }
    return iso;
  }

  public List<Country> countries() {
    return List.copyOf(countries.values());
  }

  public Optional<Country> country(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(countries.get(code));
  }

  public Optional<Subdivision> subdivision(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(subdivisions.get(code));
  }

  /** Every subdivision of a country, at every depth (the parent of a French department is its region). */
  public List<Subdivision> subdivisionsOf(String countryCode) {
    return subdivisions.values().stream().filter(s -> s.code().startsWith(countryCode + "-")).toList();
  }

  private static List<String[]> rows(String resource, boolean gzipped) {
    try (InputStream raw = Iso3166.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException(resource + " is missing: the build generates it from npm (see modules/actors/pom.xml)");
      }
      InputStream in = gzipped ? new GZIPInputStream(raw) : raw;
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
      return rows;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
