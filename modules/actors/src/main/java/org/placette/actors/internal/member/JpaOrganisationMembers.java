package org.placette.actors.internal.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placette.actors.api.MemberContact;
import org.placette.actors.api.OrganisationMembers;

@ApplicationScoped
@Transactional
class JpaOrganisationMembers implements OrganisationMembers {

  @Inject private Members members;

  @Override
  public List<MemberContact> of(UUID organisationId) {
    return members.contactsOf(organisationId);
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
