package org.placette.projects.internal.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** How many days an authority gives itself to answer an expression of interest. */
@Entity
@Table(name = "projects_authority_settings")
public class AuthoritySettings {

  public static final int MAX_ANSWER_DAYS = 90;

  @Id
  @Column(name = "organisation_id")
  private UUID organisationId;

  @Column(name = "answer_days", nullable = false)
  private int answerDays;

  @Version private long version;

  protected AuthoritySettings() {}

  AuthoritySettings(UUID organisationId, int answerDays) {
    this.organisationId = organisationId;
    giveDays(answerDays);
  }

  void giveDays(int days) {
    if (days < 0 || days > MAX_ANSWER_DAYS) {
      throw new IllegalArgumentException("0 to " + MAX_ANSWER_DAYS + " days");
    }
    this.answerDays = days;
  }

  int answerDays() {
    return answerDays;
  }
}
