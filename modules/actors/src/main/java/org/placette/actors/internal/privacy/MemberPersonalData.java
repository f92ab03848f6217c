package org.placette.actors.internal.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.placette.actors.api.PersonalData;
import org.placette.actors.api.PersonalDataExport;
import org.placette.actors.internal.audit.AuditLog;
import org.placette.actors.internal.member.Member;
import org.placette.actors.internal.member.MemberAdministration;
import org.placette.actors.internal.member.Members;
import org.placette.actors.internal.organisation.Organisation;
import org.placette.kernel.caller.Caller;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.Problem;

/** The caller's personal data: what the actors module holds on them, exported or erased. */
@ApplicationScoped
public class MemberPersonalData implements PersonalData {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "actors")
  private EntityManager entityManager;

  @Inject private Caller caller;
  @Inject private Members members;
  @Inject private MemberAdministration administration;
  @Inject private AuditLog audit;

  @Override
  @Transactional
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER, Roles.INTEGRATOR})
  public Optional<PersonalDataExport> exportForCaller() {
    Optional<Member> found = members.bySubject(caller.subject());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Member member = found.get();
    Organisation organisation = entityManager.find(Organisation.class, member.organisationId());
    List<Map<String, Object>> entries = audit.concerning(caller.subject(), member.id().toString(), member.email())
        .stream().map(MemberPersonalData::asMap).toList();
    audit.record("personal-data.exported", "member", member.id().toString(), member.organisationId(), null, null);
    return Optional.of(new PersonalDataExport(Instant.now(), asMap(member.view()),
        organisation == null ? null : asMap(organisation.view()), entries));
  }

  @Override
  @Transactional
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  public void eraseCaller() {
    Member member = members.bySubject(caller.subject())
        .orElseThrow(() -> new Problem(404, "no-personal-data", "No personal data",
            "Placette holds no member record for this account; its Keycloak account is managed by the realm's admins."));
    // Recorded first: the erasure then scrubs the caller's own name from this entry too.
    audit.record("personal-data.erased", "member", member.id().toString(), member.organisationId(), null, null);
    administration.erase(member);
  }

  /** Records and JSON values become plain maps, so the export is one JSON document. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return new LinkedHashMap<>(JSON.fromJson(JSON.toJson(value), LinkedHashMap.class));
  }

}
