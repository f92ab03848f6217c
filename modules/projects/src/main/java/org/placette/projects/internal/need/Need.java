package org.placette.projects.internal.need;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.placette.kernel.problem.Problem;
import org.placette.projects.api.NeedFacts;
import org.placette.projects.api.NeedStatus;
import org.placette.projects.api.Visibility;
import org.placette.projects.internal.common.Transitions;

/**
 * A problem or project a local authority wants solved. Its lifecycle is DRAFT → PUBLISHED → CLOSED
 * → AWARDED, or CANCELLED on the way. Once published, its problem statement changes only through a
 * new {@link NeedRevision}, so that whoever answered an earlier one can see what changed.
 */
@Entity
@Table(name = "projects_need")
public class Need {

  @Id private UUID id;

  @Column(name = "external_ref", unique = true)
  private String externalRef;

  @Column(name = "owner_id", nullable = false)
  private UUID ownerId;

  @Column(name = "call_id")
  private UUID callId;

  @Column(nullable = false)
  private String title;

  @Column(name = "problem_statement", nullable = false)
  private String problemStatement;

  @Column(nullable = false)
  private int revision;

  private String context;

  @Column(name = "expected_outcomes")
  private String expectedOutcomes;

  @Column(name = "constraints_text")
  private String constraints;

  @ElementCollection
  @CollectionTable(name = "projects_need_theme", joinColumns = @JoinColumn(name = "need_id"))
  @Column(name = "theme")
  private Set<String> themes = new TreeSet<>();

  @Embedded private Territory territory;

  @Enumerated(EnumType.STRING)
  @Column(name = "population_band")
  private PopulationBand populationBand;

  @Column(name = "budget_min")
  private Long budgetMin;

  @Column(name = "budget_max")
  private Long budgetMax;

  private String currency;

  private LocalDate deadline;

  @Column(nullable = false)
  private String language;

  @Column(name = "language_detected", nullable = false)
  private boolean languageDetected;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NeedStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Version private long version;

  protected Need() {}

  Need(UUID id, UUID ownerId, NeedContent content, String language, boolean languageDetected, Instant now) {
    this.id = Objects.requireNonNull(id, "id");
    this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    this.status = NeedStatus.DRAFT;
    this.revision = 1;
    this.createdAt = now;
    apply(content, now);
    setLanguage(language, languageDetected);
  }

  void identifyExternally(String externalRef) {
    this.externalRef = externalRef;
  }

  /** The revision this need starts with: its first problem statement. */
  NeedRevision firstRevision(String author) {
    return new NeedRevision(id, 1, problemStatement, null, author, createdAt);
  }

  /**
   * Changes what the authority wrote. A draft changes freely; a published need keeps its problem
   * statement, which changes only through {@link #revise}.
   */
  void update(NeedContent content, String language, boolean languageDetected, Instant now) {
    if (status != NeedStatus.DRAFT && status != NeedStatus.PUBLISHED) {
      throw Transitions.refused("A need", status, "edited");
    }
    if (status == NeedStatus.PUBLISHED && !problemStatement.equals(content.problemStatement())) {
      throw new Problem(409, "revision-required", "Revision required",
          "The problem statement of a published need changes only through a new revision: "
              + "POST /api/v1/needs/" + id + "/revisions.");
    }
    apply(content, now);
    setLanguage(language, languageDetected);
  }

  /** Whether draft edits rewrote the first revision (a draft's history is not kept). */
  boolean rewritesDraftStatement(NeedContent content) {
    return status == NeedStatus.DRAFT && !problemStatement.equals(content.problemStatement());
  }

  void publish(LocalDate today, Instant now) {
    if (status != NeedStatus.DRAFT) {
      throw Transitions.refused("A need", status, "published");
    }
    if (deadline != null && deadline.isBefore(today)) {
      throw new Problem(409, "deadline-passed", "Deadline passed",
          "The deadline " + deadline + " is past: move it before publishing.");
    }
    status = NeedStatus.PUBLISHED;
    publishedAt = now;
    updatedAt = now;
  }

  /**
   * Publishes a need taken from a trusted collection as it stands: the collection is a record of
   * needs that were published elsewhere, so a deadline already past is kept, not refused.
   */
  void publishImported(Instant now) {
    if (status != NeedStatus.DRAFT) {
      throw Transitions.refused("A need", status, "published");
    }
    status = NeedStatus.PUBLISHED;
    publishedAt = now;
    updatedAt = now;
  }

  NeedRevision revise(String newStatement, String note, String author, Instant now) {
    if (status != NeedStatus.PUBLISHED) {
      throw Transitions.refused("A need", status, "revised");
    }
    if (problemStatement.equals(newStatement)) {
      throw new Problem(409, "revision-unchanged", "Nothing to revise",
          "The new problem statement is the current one.");
    }
    revision++;
    problemStatement = newStatement;
    updatedAt = now;
    return new NeedRevision(id, revision, newStatement, note, author, now);
  }

  void close(Instant now) {
    if (status != NeedStatus.PUBLISHED) {
      throw Transitions.refused("A need", status, "closed");
    }
    status = NeedStatus.CLOSED;
    updatedAt = now;
  }

  void award(Instant now) {
    if (status != NeedStatus.CLOSED) {
      throw Transitions.refused("A need", status, "awarded (close it first)");
    }
    status = NeedStatus.AWARDED;
    updatedAt = now;
  }

  /** Returns the status it had, which decides the event: a draft's cancellation is nobody's business. */
  NeedStatus cancel(String reason, Instant now) {
    if (status == NeedStatus.AWARDED || status == NeedStatus.CANCELLED) {
      throw Transitions.refused("A need", status, "cancelled");
    }
    NeedStatus before = status;
    status = NeedStatus.CANCELLED;
    statusReason = reason;
    updatedAt = now;
    return before;
  }

  private void apply(NeedContent content, Instant now) {
    this.title = content.title();
    this.problemStatement = content.problemStatement();
    this.context = content.context();
    this.expectedOutcomes = content.expectedOutcomes();
    this.constraints = content.constraints();
    this.themes.clear();
    this.themes.addAll(content.themes());
    this.territory = content.territory();
    this.populationBand = content.populationBand();
    this.budgetMin = content.budgetMin();
    this.budgetMax = content.budgetMax();
    this.currency = content.currency();
    this.deadline = content.deadline();
    this.visibility = content.visibility();
    this.callId = content.callId();
    this.updatedAt = now;
  }

  private void setLanguage(String language, boolean detected) {
    this.language = Objects.requireNonNull(language, "language");
    this.languageDetected = detected;
  }

  public UUID id() {
    return id;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public String externalRef() {
    return externalRef;
  }

  public NeedStatus status() {
    return status;
  }

  public Visibility visibility() {
    return visibility;
  }

  public long version() {
    return version;
  }

  public String title() {
    return title;
  }

  public UUID callId() {
    return callId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public NeedFacts facts() {
    return new NeedFacts(id, externalRef, ownerId, language, title, problemStatement, context, expectedOutcomes,
        List.copyOf(themes), territory.country(), territory.region(), territory.municipality(), deadline, status,
        visibility, revision, callId, publishedAt);
  }

  NeedView view() {
    return new NeedView(id, externalRef, ownerId, title, problemStatement, revision, context, expectedOutcomes,
        constraints, List.copyOf(themes),
        new NeedView.TerritoryView(territory.country(), territory.region(), territory.municipality(),
            territory.latitude(), territory.longitude()),
        populationBand, budgetMin == null && budgetMax == null ? null
            : new NeedView.BudgetView(budgetMin, budgetMax, currency),
        deadline, language, languageDetected, visibility, status, statusReason, callId, createdAt, updatedAt,
        publishedAt, version);
  }
}
