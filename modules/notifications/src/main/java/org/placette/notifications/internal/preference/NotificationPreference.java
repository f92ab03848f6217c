package org.placette.notifications.internal.preference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A member's stored choices; a member without a row has {@link Preference#DEFAULT}. */
@Entity
@Table(name = "notifications_preference")
class NotificationPreference {

  @Id
  @Column(length = 64)
  private String subject;

  @Column(nullable = false)
  private boolean email;

  @Column(nullable = false)
  private boolean webhook;

  @Column(name = "min_score", nullable = false)
  private int minScore;

  @Column(nullable = false, length = 2000)
  private String themes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Frequency frequency;

  @Column(length = 2)
  private String language;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected NotificationPreference() {}

  NotificationPreference(String subject, Preference preference, Instant now) {
    this.subject = Objects.requireNonNull(subject, "subject");
    change(preference, now);
  }

  void change(Preference preference, Instant now) {
    this.email = preference.email();
    this.webhook = preference.webhook();
    this.minScore = preference.minScore();
    this.themes = String.join(",", preference.themes());
    this.frequency = preference.frequency();
    this.language = preference.language() == null ? null : preference.language().code();
    this.updatedAt = now;
  }

  /** The one-click unsubscribe: no more emails, everything else as it was. */
  void stopEmails(Instant now) {
    this.email = false;
    this.updatedAt = now;
  }

  String subject() {
    return subject;
  }

  Preference preference() {
    List<String> codes = themes.isEmpty() ? List.of() : Arrays.asList(themes.split(","));
    return new Preference(email, webhook, minScore, codes, frequency, EmailLanguage.of(language).orElse(null));
  }
}
