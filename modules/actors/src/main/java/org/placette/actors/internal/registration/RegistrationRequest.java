package org.placette.actors.internal.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a body sends to register: the organisation and its first member, who becomes its org-admin.
 * Kinds and levels are strings here so that a wrong value is reported with every other wrong
 * field, not as an unreadable body.
 */
public record RegistrationRequest(
    @NotNull(message = "The organisation is required.") @Valid OrganisationInput organisation,
    @NotNull(message = "The first member is required.") @Valid MemberInput member) {

  /** The organisation; {@code authority} only for a local authority. */
  public record OrganisationInput(
      @NotBlank(message = "The kind is required: LOCAL_AUTHORITY, URBAN_DEVELOPER, STARTUP, COMPANY or RESEARCH_LAB.")
          String kind,
      @NotBlank(message = "The name is required.") @Size(max = 200, message = "The name has at most 200 characters.")
          String name,
      @Size(max = 4000, message = "The description has at most 4000 characters.") String description,
      @Size(max = 500, message = "The website has at most 500 characters.")
          @Pattern(regexp = "https?://[^\\s]+", message = "The website is an http(s) address.") String website,
      @Size(max = 5, message = "At most 5 languages.") List<
          @Pattern(regexp = "[a-z]{2}", message = "A language is an ISO 639-1 code such as fr.") String> languages,
      @Size(max = 20, message = "At most 20 themes.") List<
          @NotBlank(message = "A theme cannot be blank.")
          @Size(max = 64, message = "A theme has at most 64 characters.") String> themes,
      @NotBlank(message = "The country is required (ISO 3166-1 alpha-2, such as FR).") String country,
      @Size(max = 200, message = "The region has at most 200 characters.") String region,
      @Size(max = 200, message = "The city has at most 200 characters.") String city,
      @Size(max = 32, message = "The company number has at most 32 characters.") String companyNumber,
      @Valid AuthorityInput authority) {}

  /**
   * A local authority's particulars. In France, {@code territoryCode} (INSEE code, or SIREN of an
   * intercommunality) identifies it and gives its population; elsewhere the authority states its
   * official identifier and population.
   */
  public record AuthorityInput(
      @NotBlank(message = "The level is required: COMMUNE, INTERCOMMUNALITY, DEPARTMENT or REGION.") String level,
      @Size(max = 16, message = "The territory code has at most 16 characters.") String territoryCode,
      @Size(max = 64, message = "The official identifier has at most 64 characters.") String officialIdentifier,
      @PositiveOrZero(message = "The population cannot be negative.") Integer population) {}

  /** The person registering. */
  public record MemberInput(
      @NotBlank(message = "The email is required.") @Email(message = "The email is not a valid address.")
          @Size(max = 254, message = "The email has at most 254 characters.") String email,
      @NotBlank(message = "The first name is required.")
          @Size(max = 100, message = "The first name has at most 100 characters.") String firstName,
      @NotBlank(message = "The last name is required.")
          @Size(max = 100, message = "The last name has at most 100 characters.") String lastName,
      @Pattern(regexp = "[a-z]{2}", message = "The language is an ISO 639-1 code such as fr.") String language) {}
}
