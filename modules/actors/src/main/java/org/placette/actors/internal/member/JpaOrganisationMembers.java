package org.placette.actors.internal.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placette.actors.api.MemberContact;
import org.placette.actors.api.OrganisationMembers;

@ApplicationScoped
@Transactional
class JpaOrganisationMembers implements OrganisationMembers {

  @Inject private Members members;

  @Override
  public List<MemberContact> of(UUID organisationId) {
    return members.contactsOf(List.of(organisationId));
  }

  @Override
  public Map<UUID, List<MemberContact>> of(Collection<UUID> organisationIds) {
    return members.contactsOf(organisationIds).stream()
        .collect(Collectors.groupingBy(MemberContact::organisationId, LinkedHashMap::new, Collectors.toList()));
  }

  @Override
  public Optional<MemberContact> bySubject(String subject) {
    return members.bySubject(subject).filter(JpaOrganisationMembers::reachable).map(JpaOrganisationMembers::contact);
  }

  private static boolean reachable(Member member) {
    return member.status() == MemberStatus.ACTIVE && member.keycloakUserId() != null;
  }

  private static MemberContact contact(Member member) {
    return new MemberContact(member.keycloakUserId(), member.organisationId(), member.email(),
        member.firstName() + " " + member.lastName(), member.language());
  }
}
