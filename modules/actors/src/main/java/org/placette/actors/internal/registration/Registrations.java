package org.placette.actors.internal.registration;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placette.actors.api.OrganisationKind;
import org.placette.actors.api.VerificationStatus;
import org.placette.actors.internal.audit.AuditLog;
import org.placette.actors.internal.check.CompanyNumber;
import org.placette.actors.internal.member.Member;
import org.placette.actors.internal.member.Members;
import org.placette.actors.internal.member.OrgRole;
import org.placette.actors.internal.organisation.AuthorityLevel;
import org.placette.actors.internal.organisation.Organisation;
import org.placette.actors.internal.registration.RegistrationRequest.AuthorityInput;
import org.placette.actors.internal.registration.RegistrationRequest.OrganisationInput;
import org.placette.actors.internal.territory.FrenchTerritories;
import org.placette.actors.internal.territory.FrenchTerritory;
import org.placette.actors.internal.territory.Iso3166;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;

/**
 * A body registers: the request is checked whole (every wrong field named at once), duplicates are
 * refused, then a PENDING organisation and its first member (org-admin, no account yet) are stored.
 */
@ApplicationScoped
public class Registrations {

  static final String FRANCE = "FR";
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  @PersistenceContext(unitName = "actors")
  private EntityManager entityManager;

  @Inject private Validator validator;
  @Inject private Members members;
  @Inject private FrenchTerritories territories;
  @Inject private Iso3166 iso;
  @Inject private AuditLog audit;

  @PermitAll
  @Transactional
  public RegistrationReceipt register(RegistrationRequest request) {
    InputCheck checks = InputCheck.validate(validator, request);
    Optional<FrenchTerritory> territory = Optional.empty();
    if (request != null && request.organisation() != null) {
      territory = checkOrganisation(request.organisation(), checks);
    }
    if (request != null && request.member() != null) {
      String language = request.member().language();
      checks.require(language == null || checks.hasError("member.language") || LANGUAGES.contains(language),
          "member.language", "Unknown language code " + language + ".");
    }
    checks.orThrow();

    OrganisationInput input = request.organisation();
    String email = Member.normaliseEmail(request.member().email());
    if (members.byEmail(email).isPresent()) {
      throw Problem.conflict("A member with this email is already registered.");
    }
    OrganisationKind kind = OrganisationKind.valueOf(input.kind());
    String officialIdentifier = officialIdentifier(input, territory);
    refuseDuplicate(input, officialIdentifier);

    Organisation organisation = Organisation.registered(UUID.randomUUID(), kind, input.name().trim(), input.country());
    organisation.present(blankToNull(input.description()), distinct(input.themes()));
    organisation.describe(blankToNull(input.website()), distinct(input.languages()));
    organisation.identifyOfficially(officialIdentifier);
    if (territory.isPresent()) {
      FrenchTerritory governed = territory.get();
      organisation.govern(AuthorityLevel.valueOf(input.authority().level()), governed.code());
      String regionName = territories.parents(governed).stream()
          .filter(p -> p.level() == org.placette.actors.internal.territory.TerritoryLevel.REGION)
          .map(FrenchTerritory::name).findFirst().orElse(governed.level()
              == org.placette.actors.internal.territory.TerritoryLevel.REGION ? governed.name() : null);
      String city = governed.level() == org.placette.actors.internal.territory.TerritoryLevel.COMMUNE
          ? governed.name() : blankToNull(input.city());
      organisation.locate(regionName, city, governed.population());
    } else {
      if (kind == OrganisationKind.LOCAL_AUTHORITY) {
        organisation.govern(AuthorityLevel.valueOf(input.authority().level()), null);
      }
      Integer population = input.authority() == null ? null : input.authority().population();
      organisation.locate(regionName(input), blankToNull(input.city()), population);
    }
    entityManager.persist(organisation);

    var first = request.member();
    Member member = new Member(organisation.id(), email, first.firstName().trim(), first.lastName().trim(),
        first.language(), OrgRole.ORG_ADMIN);
    members.add(member);
    try {
      entityManager.flush();
    } catch (jakarta.persistence.PersistenceException raced) {
      // Two identical registrations at the same moment: the unique email decides.
      throw Problem.conflict("A member with this email is already registered.");
    }
    audit.record("organisation.registered", "organisation", organisation.id().toString(), organisation.id(), null,
        new RegisteredSnapshot(organisation.kind(), organisation.name(), organisation.country(),
            organisation.officialIdentifier(), email, member.firstName(), member.lastName()));
    return new RegistrationReceipt(organisation.id(), member.id(), VerificationStatus.PENDING,
        "A platform admin will check the registration; the member then receives their account.");
  }

  /** What the audit log keeps of a registration. */
  public record RegisteredSnapshot(OrganisationKind kind, String name, String country, String officialIdentifier,
      String memberEmail, String memberFirstName, String memberLastName) {}

  private Optional<FrenchTerritory> checkOrganisation(OrganisationInput input, InputCheck checks) {
    OrganisationKind kind = null;
    if (input.kind() != null && !checks.hasError("organisation.kind")) {
      kind = Arrays.stream(OrganisationKind.values()).filter(k -> k.name().equals(input.kind())).findFirst()
          .orElse(null);
      checks.require(kind != null, "organisation.kind",
          "Unknown kind " + input.kind() + ": LOCAL_AUTHORITY, URBAN_DEVELOPER, STARTUP, COMPANY or RESEARCH_LAB.");
    }
    boolean countryKnown = input.country() != null && iso.country(input.country()).isPresent();
    if (input.country() != null && !checks.hasError("organisation.country")) {
      checks.require(countryKnown, "organisation.country",
          "Unknown country " + input.country() + ": use an ISO 3166-1 alpha-2 code such as FR, BE, ES, MA, CA.");
    }
    if (input.languages() != null) {
      for (int i = 0; i < input.languages().size(); i++) {
        String language = input.languages().get(i);
        String field = "organisation.languages[" + i + "]";
        checks.require(language == null || checks.hasError(field) || LANGUAGES.contains(language), field,
            "Unknown language code " + language + ".");
      }
    }
    boolean france = FRANCE.equals(input.country());
    if (countryKnown && !france && input.region() != null && !input.region().isBlank()) {
      checks.require(iso.subdivision(input.region()).filter(s -> s.code().startsWith(input.country() + "-")).isPresent(),
          "organisation.region", "Outside France the region is an ISO 3166-2 code of the country, such as "
              + input.country() + "-...: see /api/v1/territories/countries/" + input.country() + "/subdivisions.");
    }
    if (input.companyNumber() != null && !input.companyNumber().isBlank() && france) {
      CompanyNumber.problemWith(input.companyNumber()).ifPresent(why -> checks.add("organisation.companyNumber", why));
    }
    if (france && (kind == OrganisationKind.STARTUP || kind == OrganisationKind.COMPANY)
        && (input.companyNumber() == null || input.companyNumber().isBlank())) {
      checks.add("organisation.companyNumber", "A French company gives its SIREN or SIRET.");
    }
    if (kind == null) {
      return Optional.empty();
    }
    AuthorityInput authority = input.authority();
    if (kind != OrganisationKind.LOCAL_AUTHORITY) {
      checks.require(authority == null, "organisation.authority", "Only a local authority has an authority part.");
      return Optional.empty();
    }
    if (authority == null) {
      checks.add("organisation.authority", "A local authority gives its level and territory.");
      return Optional.empty();
    }
    AuthorityLevel level = authority.level() == null ? null : Arrays.stream(AuthorityLevel.values())
        .filter(l -> l.name().equals(authority.level())).findFirst().orElse(null);
    if (authority.level() != null && !checks.hasError("organisation.authority.level")) {
      checks.require(level != null, "organisation.authority.level",
          "Unknown level " + authority.level() + ": COMMUNE, INTERCOMMUNALITY, DEPARTMENT or REGION.");
    }
    if (france) {
      if (authority.territoryCode() == null || authority.territoryCode().isBlank()) {
        checks.add("organisation.authority.territoryCode",
            "A French authority gives the INSEE code of its territory (SIREN for an intercommunality).");
        return Optional.empty();
      }
      if (level == null) {
        return Optional.empty();
      }
      Optional<FrenchTerritory> territory = territories.find(level.territoryLevel(), authority.territoryCode());
      checks.require(territory.isPresent(), "organisation.authority.territoryCode",
          "No French " + level.name().toLowerCase(Locale.ROOT) + " has code " + authority.territoryCode()
              + ": see /api/v1/territories/fr.");
      return territory;
    }
    checks.require(authority.officialIdentifier() != null && !authority.officialIdentifier().isBlank(),
        "organisation.authority.officialIdentifier", "Outside France an authority gives its official identifier.");
    checks.require(authority.population() != null, "organisation.authority.population",
        "Outside France an authority gives its population.");
    return Optional.empty();
  }

  private static String officialIdentifier(OrganisationInput input, Optional<FrenchTerritory> territory) {
    if (territory.isPresent()) {
      return territory.get().code();
    }
    if (input.authority() != null && input.authority().officialIdentifier() != null) {
      return input.authority().officialIdentifier().trim();
    }
    if (input.companyNumber() != null && !input.companyNumber().isBlank()) {
      return FRANCE.equals(input.country())
          ? CompanyNumber.parse(input.companyNumber()).map(CompanyNumber::digits).orElseThrow()
          : input.companyNumber().trim();
    }
    return null;
  }

  /** One live registration per body: same official identifier, or same name, in the same country. */
  private void refuseDuplicate(OrganisationInput input, String officialIdentifier) {
    List<Organisation> sameCountry = entityManager.createQuery(
            "select o from Organisation o where o.country = :country and o.status <> :rejected", Organisation.class)
        .setParameter("country", input.country())
        .setParameter("rejected", VerificationStatus.REJECTED)
        .getResultList();
    String name = input.name().trim().toLowerCase(Locale.ROOT);
    String siren = officialIdentifier != null && officialIdentifier.matches("\\d{14}")
        ? officialIdentifier.substring(0, 9) : officialIdentifier;
    for (Organisation existing : sameCountry) {
      String theirs = existing.officialIdentifier();
      boolean sameIdentifier = siren != null && theirs != null
          && (theirs.equals(officialIdentifier) || theirs.startsWith(siren) && existing.kind().offersSolutions()
              == OrganisationKind.valueOf(input.kind()).offersSolutions());
      if (sameIdentifier || existing.name().toLowerCase(Locale.ROOT).equals(name)) {
        throw Problem.conflict("This organisation is already registered (" + existing.status().name()
            .toLowerCase(Locale.ROOT) + "): ask its org-admin to invite you.");
      }
    }
  }

  private String regionName(OrganisationInput input) {
    if (input.region() == null || input.region().isBlank()) {
      return null;
    }
    return iso.subdivision(input.region()).map(Iso3166.Subdivision::name).orElse(input.region());
  }

  private static List<String> distinct(List<String> values) {
    return values == null ? List.of()
        : values.stream().map(String::trim).distinct().collect(Collectors.toList());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
