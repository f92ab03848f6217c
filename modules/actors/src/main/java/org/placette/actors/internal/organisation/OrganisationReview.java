package org.placette.actors.internal.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jakarta.transaction.Transactional;
import org.placette.actors.api.OrganisationKind;
import org.placette.actors.api.VerificationStatus;
import org.placette.actors.internal.audit.AuditLog;
import org.placette.actors.internal.check.CompanyNumber;
import org.placette.actors.internal.check.PublicBodyDomains;
import org.placette.actors.internal.keycloak.KeycloakAccounts;
import org.placette.actors.internal.member.Member;
import org.placette.actors.internal.member.MemberStatus;
import org.placette.actors.internal.member.Members;
import org.placette.actors.internal.member.OrgRole;
import org.placette.actors.internal.privacy.CachedAccessRevocations;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;

/**
 * Platform admins review organisations and decide. Verification gives every member their Keycloak
 * account in the organisation's group; suspension disables those accounts and revokes their
 * tokens; reinstatement enables them again. Keycloak unavailable: 503, nothing changed.
 */
@ApplicationScoped
public class OrganisationReview {

  @PersistenceContext(unitName = "actors")
  private EntityManager entityManager;

  @Inject private Members members;
  @Inject private KeycloakAccounts accounts;
  @Inject private PublicBodyDomains publicBodyDomains;
  @Inject private CachedAccessRevocations revocations;
  @Inject private AuditLog audit;

  @Transactional
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public List<OrganisationReviewView> list(VerificationStatus status, OrganisationKind kind, String query, int limit) {
    StringBuilder jpql = new StringBuilder("select o from Organisation o where 1 = 1");
    if (status != null) {
      jpql.append(" and o.status = :status");
    }
    if (kind != null) {
      jpql.append(" and o.kind = :kind");
    }
    if (query != null && !query.isBlank()) {
      jpql.append(" and lower(o.name) like :query");
    }
    jpql.append(" order by o.createdAt, o.id");
    TypedQuery<Organisation> typed = entityManager.createQuery(jpql.toString(), Organisation.class);
    if (status != null) {
      typed.setParameter("status", status);
    }
    if (kind != null) {
      typed.setParameter("kind", kind);
    }
    if (query != null && !query.isBlank()) {
      typed.setParameter("query", "%" + query.toLowerCase(Locale.ROOT) + "%");
    }
    return typed.setMaxResults(limit).getResultStream().map(this::review).toList();
  }

  @Transactional
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public OrganisationReviewView get(UUID id) {
    return review(find(id));
  }

  @Transactional
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public OrganisationReviewView decide(UUID id, Decision decision, DecisionRequest request) {
    String reason = request == null || request.reason() == null || request.reason().isBlank() ? null
        : request.reason().trim();
    InputCheck.start()
        .require(!decision.needsReason() || reason != null, "reason",
            "A reason is required to " + decision.name().toLowerCase(Locale.ROOT) + ": the organisation is told.")
        .require(reason == null || reason.length() <= 1000, "reason", "The reason has at most 1000 characters.")
        .orThrow();
    Organisation organisation = find(id);
    OrganisationProfile before = OrganisationProfile.of(organisation, true);
    organisation.decide(decision, reason);
    List<Member> people = members.of(id);
    switch (decision) {
      case VERIFY -> {
        String groupId = accounts.ensureOrganisationGroup(id.toString(), organisation.name(),
            realmRole(organisation.kind()));
        organisation.linkKeycloakGroup(groupId);
        for (Member member : people) {
          member.activate(accounts.ensureMember(account(member), groupId));
        }
      }
      case SUSPEND -> {
        List<String> userIds = accountsOf(people);
        accounts.setEnabled(userIds, false);
        revocations.revoke(userIds);
      }
      case REINSTATE -> {
        List<String> userIds = accountsOf(people);
        accounts.setEnabled(userIds, true);
        revocations.lift(userIds);
      }
      case REJECT -> {
        // Nobody of a rejected organisation ever had an account: nothing to change in Keycloak.
      }
    }
    String action = switch (decision) {
      case VERIFY -> "organisation.verified";
      case REJECT -> "organisation.rejected";
      case SUSPEND -> "organisation.suspended";
      case REINSTATE -> "organisation.reinstated";
    };
    audit.record(action, "organisation", id.toString(), id, before, OrganisationProfile.of(organisation, true));
    return review(organisation);
  }

  /** The realm role that the organisation's kind gives its members. */
  public static String realmRole(OrganisationKind kind) {
    return kind.publishesNeeds() ? Roles.AUTHORITY_MEMBER : Roles.STARTUP_MEMBER;
  }

  public static KeycloakAccounts.Account account(Member member) {
    return new KeycloakAccounts.Account(member.email(), member.firstName(), member.lastName(), member.language(),
        member.organisationId().toString());
  }

  private static List<String> accountsOf(List<Member> people) {
    return people.stream().filter(m -> m.status() == MemberStatus.ACTIVE).map(Member::keycloakUserId).toList();
  }

  private Organisation find(UUID id) {
    Organisation organisation = entityManager.find(Organisation.class, id);
    if (organisation == null) {
      throw Problem.notFound("Organisation", id);
    }
    return organisation;
  }

  private OrganisationReviewView review(Organisation organisation) {
    List<Member> people = members.of(organisation.id());
    boolean publicBody = organisation.kind() == OrganisationKind.LOCAL_AUTHORITY;
    var domains = people.stream().filter(m -> m.role() == OrgRole.ORG_ADMIN || publicBody)
        .map(m -> new OrganisationReviewView.EmailDomainCheck(m.email(), publicBodyDomains.check(m.email(), publicBody)))
        .toList();
    return new OrganisationReviewView(OrganisationProfile.of(organisation, true),
        people.stream().map(Member::view).toList(),
        new OrganisationReviewView.Checks(companyNumberCheck(organisation), domains));
  }

  private static OrganisationReviewView.CompanyNumberCheck companyNumberCheck(Organisation organisation) {
    String value = organisation.officialIdentifier();
    if (value == null || organisation.kind() == OrganisationKind.LOCAL_AUTHORITY || !"FR".equals(organisation.country())) {
      return new OrganisationReviewView.CompanyNumberCheck(value, null, "NOT_CHECKED");
    }
    return CompanyNumber.parse(value)
        .map(number -> new OrganisationReviewView.CompanyNumberCheck(value, number.siren(), "VALID"))
        .orElseGet(() -> new OrganisationReviewView.CompanyNumberCheck(value, null, "INVALID"));
  }
}
