package org.placette.notifications.internal.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.placette.kernel.caller.Caller;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.FieldError;
import org.placette.kernel.problem.Problem;
import org.placette.notifications.internal.outbox.Channel;
import org.placette.notifications.internal.outbox.Outbox;
import org.placette.notifications.internal.outbox.OutboxEntry;

/** An organisation's webhook: configuring it, and the test event that proves it works. */
@ApplicationScoped
public class WebhookEndpoints {

  /** Organisations per query: well below the bind parameters a database statement may carry. */
  private static final int LOOKUP_CHUNK = 1_000;

  static final int MAX_URL_LENGTH = 2000;

  @PersistenceContext(unitName = "notifications")
  private EntityManager entityManager;

  @Inject private Caller caller;

  @Inject private WebhookTargetGuard guard;

  @Inject private Outbox outbox;

  /** Where and with which secret to deliver; read by the dispatcher, outside any request. */
  record Target(URI url, String secret) {}

  @Transactional
  Optional<Target> target(UUID organisationId) {
    return Optional.ofNullable(entityManager.find(WebhookEndpoint.class, organisationId))
        .map(endpoint -> new Target(endpoint.url(), endpoint.secret()));
  }

  /** Those of the organisations that have a webhook to deliver to; joins the caller's transaction. */
  @Transactional
  public Set<UUID> configuredAmong(Collection<UUID> organisationIds) {
    List<UUID> distinct = List.copyOf(organisationIds);
    Set<UUID> configured = new HashSet<>();
    // Ids only, not endpoints: a fan-out asks for thousands of organisations in its transaction,
    // and managed endpoints would be checked again before each of its later queries.
    for (int from = 0; from < distinct.size(); from += LOOKUP_CHUNK) {
      configured.addAll(entityManager.createQuery(
              "select e.organisationId from WebhookEndpoint e where e.organisationId in :organisations", UUID.class)
          .setParameter("organisations", distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_CHUNK)))
          .getResultList());
    }
    return configured;
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Transactional
  public Optional<WebhookView> current() {
    return Optional.ofNullable(entityManager.find(WebhookEndpoint.class, organisation()))
        .map(endpoint -> WebhookView.withoutSecret(endpoint.url(), endpoint.updatedAt()));
  }

  /** Creates or repoints the webhook; the secret is shown when it is new, never again. */
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Transactional
  public WebhookView configure(WebhookSettings settings) {
    URI target = validTarget(settings);
    UUID organisation = organisation();
    WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, organisation);
    if (endpoint == null) {
      endpoint = new WebhookEndpoint(organisation, target);
      entityManager.persist(endpoint);
      return WebhookView.withSecret(endpoint.url(), endpoint.secret(), endpoint.updatedAt());
    }
    endpoint.pointTo(target);
    if (Boolean.TRUE.equals(settings.rotateSecret())) {
      endpoint.rotateSecret();
      return WebhookView.withSecret(endpoint.url(), endpoint.secret(), endpoint.updatedAt());
    }
    return WebhookView.withoutSecret(endpoint.url(), endpoint.updatedAt());
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Transactional
  public void remove() {
    WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, organisation());
    if (endpoint == null) {
      throw Problem.notFound("Webhook of organisation", organisation());
    }
    entityManager.remove(endpoint);
  }

  /** Queues a {@code placette.test} event through the same outbox and dispatcher as real events. */
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Transactional
  public String sendTestEvent() {
    UUID organisation = organisation();
    if (entityManager.find(WebhookEndpoint.class, organisation) == null) {
      throw Problem.notFound("Webhook of organisation", organisation);
    }
    Instant now = Instant.now();
    String payload = Json.createObjectBuilder()
        .add("type", "placette.test")
        .add("timestamp", now.toString())
        .add("data", Json.createObjectBuilder()
            .add("organisationId", organisation.toString())
            .add("message", "This is a test event sent at your request."))
        .build()
        .toString();
    return outbox.write(new OutboxEntry(Channel.WEBHOOK, organisation, "placette.test", payload, now)).messageId();
  }

  private UUID organisation() {
    return caller.organisationId()
        .orElseThrow(() -> Problem.forbidden("Only a member of an organisation has a webhook."));
  }

  private URI validTarget(WebhookSettings settings) {
    String url = settings == null ? null : settings.url();
    if (url == null || url.isBlank()) {
      throw Problem.invalid(List.of(new FieldError("url", "The webhook URL is required.")));
    }
    if (url.length() > MAX_URL_LENGTH) {
      throw Problem.invalid(List.of(new FieldError("url", "The webhook URL is longer than " + MAX_URL_LENGTH + " characters.")));
    }
    URI target;
    try {
      target = new URI(url.trim());
    } catch (URISyntaxException malformed) {
      throw Problem.invalid(List.of(new FieldError("url", "The webhook URL is not a valid URL.")));
    }
    guard.refusal(target).ifPresent(reason -> {
      throw Problem.invalid(List.of(new FieldError("url", reason)));
    });
    return target;
  }
}
