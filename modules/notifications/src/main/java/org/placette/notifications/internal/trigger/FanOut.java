package org.placette.notifications.internal.trigger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placette.notifications.internal.email.EmailMessages;
import org.placette.notifications.internal.inbox.InboxRow;
import org.placette.notifications.internal.inbox.InboxWriter;
import org.placette.notifications.internal.inbox.NotificationDetails;
import org.placette.notifications.internal.outbox.Channel;
import org.placette.notifications.internal.outbox.Outbox;
import org.placette.notifications.internal.outbox.OutboxEntry;
import org.placette.notifications.internal.preference.NotificationPreferences;
import org.placette.notifications.internal.preference.Preference;
import org.placette.notifications.internal.webhook.WebhookEndpoints;

/**
 * Tells an occurrence to its recipients, in the transaction of its cause: one inbox row per
 * recipient who wants it, an immediate email for those who chose email without a digest, and one
 * webhook message per organisation whose members chose its webhook. Everything is written in
 * batches, since one published need may concern thousands of members.
 */
@ApplicationScoped
class FanOut {

  @Inject private NotificationPreferences preferences;

  @Inject private InboxWriter inbox;

  @Inject private Outbox outbox;

  @Inject private WebhookEndpoints webhooks;

  /** One occurrence and who is concerned by it. */
  record Telling(Occurrence occurrence, List<Recipient> recipients) {}

  private record Addressed(Occurrence occurrence, Recipient recipient) {}

  @Transactional(Transactional.TxType.MANDATORY)
  void tell(Occurrence occurrence, List<Recipient> recipients) {
    tell(List.of(new Telling(occurrence, recipients)));
  }

  /**
   * Tells many occurrences at once, in as many statements as one: a published need may concern
   * thousands of startups, and one lookup or insert per recipient would hold its transaction for
   * minutes.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void tell(List<Telling> tellings) {
    List<String> subjects = tellings.stream()
        .flatMap(telling -> telling.recipients().stream().map(Recipient::subject)).toList();
    if (subjects.isEmpty()) {
      return;
    }
    Map<String, Preference> chosen = preferences.of(subjects);
    Instant now = Instant.now();
    List<InboxRow> rows = new ArrayList<>();
    Map<UUID, Addressed> byRow = new HashMap<>();
    for (Telling telling : tellings) {
      Occurrence occurrence = telling.occurrence();
      for (Recipient recipient : telling.recipients()) {
        Preference preference = chosen.get(recipient.subject());
        if (occurrence.kind().match() && !preference.wants(occurrence.score(), occurrence.themes())) {
          continue;
        }
        boolean emailed = preference.email() && recipient.email() != null;
        InboxRow row = new InboxRow(UUID.randomUUID(), recipient.subject(), recipient.organisationId(),
            occurrence.kind(), occurrence.needId(), occurrence.aboutId(), occurrence.score(), occurrence.details(),
            emailed && preference.digests(), now);
        rows.add(row);
        byRow.put(row.id(), new Addressed(occurrence, recipient));
      }
    }
    List<OutboxEntry> deliveries = new ArrayList<>();
    Map<Occurrence, Set<UUID>> webhookOrganisations = new LinkedHashMap<>();
    for (InboxRow row : inbox.insert(rows)) {
      Addressed addressed = byRow.get(row.id());
      Recipient recipient = addressed.recipient();
      Preference preference = chosen.get(recipient.subject());
      if (preference.email() && recipient.email() != null && !preference.digests()) {
        deliveries.add(EmailMessages.notification(row.id(), recipient.organisationId(), now));
      }
      if (preference.webhook()) {
        webhookOrganisations.computeIfAbsent(addressed.occurrence(), told -> new LinkedHashSet<>())
            .add(recipient.organisationId());
      }
    }
    Set<UUID> withWebhook = webhooks.configuredAmong(
        webhookOrganisations.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
    webhookOrganisations.forEach((occurrence, organisations) -> organisations.stream().filter(withWebhook::contains)
        .forEach(organisation -> deliveries.add(OutboxEntry.withMessageId(webhookMessageId(organisation, occurrence),
            Channel.WEBHOOK, organisation, occurrence.kind().eventType(), webhookPayload(occurrence, now), now))));
    outbox.writeAll(deliveries);
  }

  /** The same for every member of the organisation and every replay, so the organisation gets one message. */
  static String webhookMessageId(UUID organisation, Occurrence occurrence) {
    String key = organisation + "|" + occurrence.kind() + "|" + occurrence.needId() + "|" + occurrence.aboutId();
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "msg_" + HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("Every Java platform has SHA-256", missing);
    }
  }

  static String webhookPayload(Occurrence occurrence, Instant now) {
    NotificationDetails details = occurrence.details();
    JsonObjectBuilder data = Json.createObjectBuilder().add("needId", occurrence.needId().toString());
    addIfPresent(data, "needTitle", details.needTitle());
    addIfPresent(data, "solutionId", details.solutionId());
    addIfPresent(data, "solutionTitle", details.solutionTitle());
    addIfPresent(data, "questionId", details.questionId());
    addIfPresent(data, "interestId", details.interestId());
    addIfPresent(data, "reason", details.reason());
    if (occurrence.score() != null) {
      data.add("score", occurrence.score());
    }
    if (!details.concepts().isEmpty()) {
      JsonArrayBuilder concepts = Json.createArrayBuilder();
      details.concepts().forEach(concept -> concepts.add(concept.id()));
      data.add("concepts", concepts);
    }
    return Json.createObjectBuilder()
        .add("type", occurrence.kind().eventType())
        .add("timestamp", now.toString())
        .add("data", data)
        .build()
        .toString();
  }

  private static void addIfPresent(JsonObjectBuilder data, String name, Object value) {
    if (value != null) {
      data.add(name, value.toString());
    }
  }
}
