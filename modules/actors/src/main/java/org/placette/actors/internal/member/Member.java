package org.placette.actors.internal.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A person in an organisation. Keycloak holds their credentials and sessions; Placette keeps who
 * they are to the organisation (name, email, role inside it) and the link to their Keycloak user,
 * whose id is the subject of their tokens.
 */
@Entity
@Table(name = "actors_member")
public class Member {

  @Id private UUID id;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Column(length = 254, unique = true)
  private String email;

  @Column(name = "first_name", length = 100)
  private String firstName;

  @Column(name = "last_name", length = 100)
  private String lastName;

  @Column(length = 2)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "org_role", nullable = false, length = 16)
  private OrgRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MemberStatus status;

  @Column(name = "keycloak_user_id", length = 64, unique = true)
  private String keycloakUserId;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  @Column(name = "erased_at")
  private Instant erasedAt;

  @Version private long version;

  protected Member() {}

  public Member(UUID organisationId, String email, String firstName, String lastName, String language, OrgRole role) {
    this.id = UUID.randomUUID();
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    this.email = normaliseEmail(Objects.requireNonNull(email, "email"));
    this.firstName = Objects.requireNonNull(firstName, "firstName");
    this.lastName = Objects.requireNonNull(lastName, "lastName");
    this.language = language;
    this.role = Objects.requireNonNull(role, "role");
    this.status = MemberStatus.PENDING;
    this.joinedAt = Instant.now();
  }

  /** Emails are compared without case: Keycloak does the same with usernames. */
  public static String normaliseEmail(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  /** The member got their Keycloak account. */
  public void activate(String keycloakUserId) {
    if (status == MemberStatus.ERASED) {
      throw new IllegalStateException("An erased member cannot be activated");
    }
    this.keycloakUserId = Objects.requireNonNull(keycloakUserId, "keycloakUserId");
    this.status = MemberStatus.ACTIVE;
  }

  public void changeRole(OrgRole role) {
    this.role = Objects.requireNonNull(role, "role");
  }

  /**
   * Removes everything that identifies the person. The row stays, so that what they wrote is still
   * attributed to their organisation.
   */
  public void erase(Instant at) {
    this.email = null;
    this.firstName = null;
    this.lastName = null;
    this.language = null;
    this.keycloakUserId = null;
    this.role = OrgRole.MEMBER;
    this.status = MemberStatus.ERASED;
    this.erasedAt = at;
  }

  public UUID id() {
    return id;
  }

  public UUID organisationId() {
    return organisationId;
  }

  public String email() {
    return email;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String language() {
    return language;
  }

  public OrgRole role() {
    return role;
  }

  public MemberStatus status() {
    return status;
  }

  public String keycloakUserId() {
    return keycloakUserId;
  }

  public Instant joinedAt() {
    return joinedAt;
  }

  public boolean orgAdmin() {
    return role == OrgRole.ORG_ADMIN && status != MemberStatus.ERASED;
  }

  public MemberView view() {
    return new MemberView(id, organisationId, email, firstName, lastName, language, role, status, joinedAt);
  }
}
