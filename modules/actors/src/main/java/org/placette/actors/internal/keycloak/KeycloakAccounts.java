package org.placette.actors.internal.keycloak;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.placette.kernel.problem.Problem;

/**
 * The members' accounts in Keycloak, kept through keycloak-admin-client with the service account
 * of client {@code placette-actors} (realm-management roles to manage users and groups and read
 * realm roles; its secret is a Liberty variable).
 *
 * <p>Placement: one Keycloak group per organisation, under a top-level group {@code
 * organisations}, named by the organisation's id. Groups rather than Keycloak Organizations
 * because an Organization wants verified internet domains, and startups often sign up from
 * addresses that prove nothing; a group also carries the realm role of the organisation's kind,
 * so every member inherits it and a change of kind is one mapping. The token's {@code org_id}
 * claim is the user attribute {@code organisation_id}.
 *
 * <p>All calls run inside the caller's transaction. Any Keycloak failure becomes a 503 problem,
 * which rolls the transaction back; what this transaction created in Keycloak is then deleted
 * again (a JTA synchronisation), so nothing stays half-created and a retry starts clean.
 */
@ApplicationScoped
public class KeycloakAccounts {

  static final String ORGANISATIONS_GROUP = "organisations";
  static final String ORGANISATION_ATTRIBUTE = "organisation_id";
  static final List<String> REQUIRED_ACTIONS = List.of("VERIFY_EMAIL", "UPDATE_PASSWORD");
  private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class.getName());

  @Inject
  @ConfigProperty(name = "placette.keycloak.url")
  String serverUrl;

  @Inject
  @ConfigProperty(name = "placette.keycloak.realm")
  String realmName;

  @Inject
  @ConfigProperty(name = "actors.keycloak.client-id", defaultValue = "placette-actors")
  String clientId;

  @Inject
  @ConfigProperty(name = "actors.keycloak.client-secret")
  String clientSecret;

  @Inject
  @ConfigProperty(name = "actors.keycloak.timeout", defaultValue = "PT5S")
  Duration timeout;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  private Keycloak keycloak;

  /** A person's account as Placette wants it in Keycloak. */
  public record Account(String email, String firstName, String lastName, String language, String organisationId) {}

  @PostConstruct
  void connect() {
    Keycloak.setClientProvider(new LibertyResteasyClientProvider(timeout));
    keycloak = KeycloakBuilder.builder()
        .serverUrl(serverUrl)
        .realm(realmName)
        .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
        .clientId(clientId)
        .clientSecret(clientSecret)
        .build();
  }

  @PreDestroy
  void disconnect() {
    keycloak.close();
  }

  /**
   * The organisation's group, created if missing, with the realm role of its kind. Returns its id.
   */
  public String ensureOrganisationGroup(String organisationId, String displayName, String realmRole) {
    return call("prepare the organisation's group", () -> {
      RealmResource realm = realm();
      String parentId = realm.groups().groups(ORGANISATIONS_GROUP, true, 0, 1, true).stream()
          .filter(g -> ORGANISATIONS_GROUP.equals(g.getName())).findFirst().map(GroupRepresentation::getId)
          .orElseGet(() -> {
            GroupRepresentation parent = new GroupRepresentation();
            parent.setName(ORGANISATIONS_GROUP);
            String id = created(realm.groups().add(parent));
            compensate(() -> realm.groups().group(id).remove());
            return id;
          });
      String groupId = realm.groups().group(parentId).getSubGroups(organisationId, true, 0, 1, true).stream()
          .filter(g -> organisationId.equals(g.getName())).findFirst().map(GroupRepresentation::getId)
          .orElseGet(() -> {
            GroupRepresentation group = new GroupRepresentation();
            group.setName(organisationId);
            group.setAttributes(Map.of("display_name", List.of(displayName), ORGANISATION_ATTRIBUTE,
                List.of(organisationId)));
            String id = created(realm.groups().group(parentId).subGroup(group));
            compensate(() -> realm.groups().group(id).remove());
            return id;
          });
      RoleRepresentation role = realm.roles().get(realmRole).toRepresentation();
      boolean granted = realm.groups().group(groupId).roles().realmLevel().listAll().stream()
          .anyMatch(r -> r.getName().equals(realmRole));
      if (!granted) {
        realm.groups().group(groupId).roles().realmLevel().add(List.of(role));
      }
      return groupId;
    });
  }

  /**
   * Creates the member's user, or updates the one with the same email, puts it in the group and
   * asks Keycloak to have the person verify their email and choose a password at first sign-in.
   * Returns the user id, which is the subject of the member's tokens.
   */
  public String ensureMember(Account account, String groupId) {
    return call("create the member's account", () -> {
      RealmResource realm = realm();
      UserRepresentation user = realm.users().searchByEmail(account.email(), true).stream().findFirst()
          .orElse(null);
      String userId;
      if (user == null) {
        user = new UserRepresentation();
        user.setUsername(account.email());
        user.setEmail(account.email());
        user.setEmailVerified(false);
        user.setRequiredActions(REQUIRED_ACTIONS);
        fill(user, account);
        userId = created(realm.users().create(user));
        String created = userId;
        compensate(() -> realm.users().get(created).remove());
      } else {
        userId = user.getId();
        fill(user, account);
        List<String> actions = new ArrayList<>(user.getRequiredActions() == null ? List.of() : user.getRequiredActions());
        if (!Boolean.TRUE.equals(user.isEmailVerified()) && !actions.contains("VERIFY_EMAIL")) {
          actions.add("VERIFY_EMAIL");
        }
        user.setRequiredActions(actions);
        realm.users().get(userId).update(user);
      }
      realm.users().get(userId).joinGroup(groupId);
      return userId;
    });
  }

  /** Disables or enables the users (a suspension and its end); disabling also ends their sessions. */
  public void setEnabled(List<String> userIds, boolean enabled) {
    call(enabled ? "enable the members' accounts" : "disable the members' accounts", () -> {
      RealmResource realm = realm();
      for (String userId : userIds) {
        UserRepresentation user = realm.users().get(userId).toRepresentation();
        user.setEnabled(enabled);
        realm.users().get(userId).update(user);
        if (!enabled) {
          realm.users().get(userId).logout();
        }
        compensate(() -> {
          UserRepresentation back = realm.users().get(userId).toRepresentation();
          back.setEnabled(!enabled);
          realm.users().get(userId).update(back);
        });
      }
      return null;
    });
  }

  /** Deletes the user: Keycloak forgets the person, their credentials and sessions. Gone already is fine. */
  public void deleteUser(String userId) {
    call("delete the member's account", () -> {
      try (Response answer = realm().users().delete(userId)) {
        int status = answer.getStatus();
        if (status != 204 && status != 404) {
          throw new WebApplicationException(answer.getStatus());
        }
      }
      return null;
    });
  }

  private RealmResource realm() {
    return keycloak.realm(realmName);
  }

  private void fill(UserRepresentation user, Account account) {
    user.setEnabled(true);
    user.setFirstName(account.firstName());
    user.setLastName(account.lastName());
    Map<String, List<String>> attributes = new java.util.HashMap<>(user.getAttributes() == null ? Map.of()
        : user.getAttributes());
    attributes.put(ORGANISATION_ATTRIBUTE, List.of(account.organisationId()));
    if (account.language() != null) {
      attributes.put("locale", List.of(account.language()));
    }
    user.setAttributes(attributes);
  }

  private static String created(Response response) {
    try (response) {
      return CreatedResponseUtil.getCreatedId(response);
    }
  }

  /** Undoes a creation if the surrounding transaction rolls back (Keycloak calls are not transactional). */
  private void compensate(Runnable undo) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      return;
    }
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status != Status.STATUS_COMMITTED) {
          try {
            undo.run();
          } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not undo a Keycloak change after a rollback; a retry will reuse it", failed);
          }
        }
      }
    });
  }

  private <T> T call(String what, Supplier<T> work) {
    try {
      return work.get();
    } catch (ProcessingException | WebApplicationException failed) {
      // Unreachable (connection refused, timeout) or refusing (5xx, lost credentials): either way
      // the change cannot be made now, and the caller's transaction must not commit without it.
      throw unavailable(what, failed);
    }
  }

  private Problem unavailable(String what, RuntimeException cause) {
    LOG.log(Level.WARNING, "Keycloak could not " + what, cause);
    return Problem.unavailable("Keycloak",
        "Keycloak could not " + what + ", so nothing was changed. Try again in a moment.");
  }
}
