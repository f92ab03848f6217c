package org.placette.actors.internal.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.placette.actors.api.VerificationStatus;
import org.placette.actors.api.events.MemberErased;
import org.placette.actors.internal.audit.AuditLog;
import org.placette.actors.internal.keycloak.KeycloakAccounts;
import org.placette.actors.internal.organisation.Organisation;
import org.placette.actors.internal.organisation.OrganisationProfiles;
import org.placette.actors.internal.organisation.OrganisationReview;
import org.placette.actors.internal.privacy.CachedAccessRevocations;
import org.placette.kernel.caller.Caller;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;

/**
 * An organisation's members, managed by its org-admins: invite (a Keycloak account at once, with
 * the email check and password choice as required actions), list, remove, change role. An
 * organisation keeps at least one org-admin.
 */
@ApplicationScoped
public class MemberAdministration {

  @Inject private Members members;
  @Inject private OrganisationProfiles organisations;
  @Inject private KeycloakAccounts accounts;
  @Inject private CachedAccessRevocations revocations;
  @Inject private AuditLog audit;
  @Inject private Caller caller;
  @Inject private Validator validator;
  @Inject private Event<MemberErased> erased;

  @Transactional
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  public List<MemberView> list(UUID organisationId) {
    organisations.ownOrNotFound(organisationId);
    return members.of(organisationId).stream().map(Member::view).toList();
  }

  @Transactional
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  public MemberView invite(UUID organisationId, InviteRequest request) {
    Organisation organisation = organisations.ownOrNotFound(organisationId);
    requireOrgAdmin(organisationId);
    InputCheck.validate(validator, request).orThrow();
    if (organisation.status() != VerificationStatus.VERIFIED) {
      throw Problem.conflict("Only a verified organisation can invite members.");
    }
    if (members.byEmail(request.email()).isPresent()) {
      throw Problem.conflict("A member with this email is already registered.");
    }
    OrgRole role = request.role() == null ? OrgRole.MEMBER : OrgRole.valueOf(request.role());
    Member member = new Member(organisationId, request.email(), request.firstName().trim(), request.lastName().trim(),
        request.language(), role);
    members.add(member);
    members.flush();
    member.activate(accounts.ensureMember(OrganisationReview.account(member), organisation.keycloakGroupId()));
    audit.record("member.invited", "member", member.id().toString(), organisationId, null, member.view());
    return member.view();
  }

  @Transactional
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  public MemberView changeRole(UUID organisationId, UUID memberId, RoleChange request) {
    organisations.ownOrNotFound(organisationId);
    requireOrgAdmin(organisationId);
    InputCheck.validate(validator, request).orThrow();
    Member member = memberOf(organisationId, memberId);
    MemberView before = member.view();
    OrgRole role = OrgRole.valueOf(request.role());
    if (role == OrgRole.MEMBER && member.orgAdmin()) {
      refuseLosingLastAdmin(organisationId);
    }
    member.changeRole(role);
    audit.record("member.role-changed", "member", memberId.toString(), organisationId, before, member.view());
    return member.view();
  }

  @Transactional
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  public void remove(UUID organisationId, UUID memberId) {
    organisations.ownOrNotFound(organisationId);
    requireOrgAdmin(organisationId);
    Member member = memberOf(organisationId, memberId);
    if (member.orgAdmin()) {
      refuseLosingLastAdmin(organisationId);
    }
    // The entry keeps what happened, not who the person was: that is erased with them.
    var before = java.util.Map.of("memberId", memberId.toString(), "role", member.role().name());
    erase(member);
    audit.record("member.removed", "member", memberId.toString(), organisationId, before, member.view());
  }

  /**
   * Erases a member in the current transaction: their tokens revoked, personal fields removed,
   * the audit log scrubbed, other modules told; the Keycloak user deleted last, so that a Keycloak
   * failure rolls everything back.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void erase(Member member) {
    String subject = member.keycloakUserId();
    List<String> keys = java.util.Arrays.asList(member.email(), member.id().toString());
    List<String> personal = java.util.Arrays.asList(member.email(), member.firstName(), member.lastName(), subject);
    if (subject != null) {
      revocations.revoke(List.of(subject));
    }
    member.erase(Instant.now());
    audit.scrub(subject, keys, personal);
    erased.fire(new MemberErased(member.id(), subject, member.organisationId()));
    members.flush();
    if (subject != null) {
      accounts.deleteUser(subject);
    }
  }

  private void requireOrgAdmin(UUID organisationId) {
    boolean orgAdmin = members.bySubject(caller.subject())
        .filter(m -> m.organisationId().equals(organisationId))
        .filter(Member::orgAdmin).isPresent();
    if (!orgAdmin) {
      throw Problem.forbidden("Only an org-admin of this organisation manages its members.");
    }
  }

  private Member memberOf(UUID organisationId, UUID memberId) {
    return members.find(memberId)
        .filter(m -> m.organisationId().equals(organisationId) && m.status() != MemberStatus.ERASED)
        .orElseThrow(() -> Problem.notFound("Member", memberId));
  }

  private void refuseLosingLastAdmin(UUID organisationId) {
    long admins = members.of(organisationId).stream().filter(Member::orgAdmin).count();
    if (admins <= 1) {
      throw Problem.conflict("An organisation keeps at least one org-admin: appoint another one first.");
    }
  }
}
