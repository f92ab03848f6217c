package org.placette.projects.internal.need;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Where a need is: a country (ISO 3166-1 alpha-2), optionally a region and municipality, and a point. */
@Embeddable
public class Territory {

  @Column(name = "country", nullable = false, length = 2)
  private String country;

  @Column(name = "region")
  private String region;

  @Column(name = "municipality")
  private String municipality;

  @Column(name = "latitude")
  private Double latitude;

  @Column(name = "longitude")
  private Double longitude;

  protected Territory() {}

  public Territory(String country, String region, String municipality, Double latitude, Double longitude) {
    this.country = Objects.requireNonNull(country, "country");
    this.region = region;
    this.municipality = municipality;
    if ((latitude == null) != (longitude == null)) {
      throw new IllegalArgumentException("A point needs both latitude and longitude");
    }
    this.latitude = latitude;
    this.longitude = longitude;
  }

  public String country() {
    return country;
  }

  public String region() {
    return region;
  }

  public String municipality() {
    return municipality;
  }

  public Double latitude() {
    return latitude;
  }

  public Double longitude() {
    return longitude;
  }
}
