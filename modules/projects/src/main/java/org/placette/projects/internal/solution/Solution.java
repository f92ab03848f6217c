package org.placette.projects.internal.solution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.placette.projects.api.SolutionFacts;
import org.placette.projects.api.SolutionStatus;
import org.placette.projects.internal.common.Transitions;

/** What a startup or company offers: DRAFT → PUBLISHED → ARCHIVED. */
@Entity
@Table(name = "projects_solution")
public class Solution {

  @Id private UUID id;

  @Column(name = "external_ref", unique = true)
  private String externalRef;

  @Column(name = "owner_id", nullable = false)
  private UUID ownerId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false)
  private String description;

  private int trl;

  @Enumerated(EnumType.STRING)
  @Column(name = "pricing_model")
  private PricingModel pricingModel;

  @ElementCollection
  @CollectionTable(name = "projects_solution_theme", joinColumns = @JoinColumn(name = "solution_id"))
  @Column(name = "theme")
  private Set<String> themes = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "projects_solution_reference", joinColumns = @JoinColumn(name = "solution_id"))
  @OrderColumn(name = "position")
  @Column(name = "place")
  private List<String> references = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "projects_solution_language", joinColumns = @JoinColumn(name = "solution_id"))
  @Column(name = "language")
  private Set<String> languages = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "projects_solution_coverage", joinColumns = @JoinColumn(name = "solution_id"))
  @Column(name = "area")
  private Set<String> coverage = new TreeSet<>();

  @Column(nullable = false)
  private String language;

  @Column(name = "language_detected", nullable = false)
  private boolean languageDetected;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SolutionStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Version private long version;

  protected Solution() {}

  Solution(UUID id, UUID ownerId, SolutionContent content, String language, boolean languageDetected, Instant now) {
    this.id = Objects.requireNonNull(id, "id");
    this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    this.status = SolutionStatus.DRAFT;
    this.createdAt = now;
    apply(content, language, languageDetected, now);
  }

  void identifyExternally(String externalRef) {
    this.externalRef = externalRef;
  }

  void update(SolutionContent content, String language, boolean languageDetected, Instant now) {
    if (status == SolutionStatus.ARCHIVED) {
      throw Transitions.refused("A solution", status, "edited");
    }
    apply(content, language, languageDetected, now);
  }

  void publish(Instant now) {
    if (status != SolutionStatus.DRAFT) {
      throw Transitions.refused("A solution", status, "published");
    }
    status = SolutionStatus.PUBLISHED;
    publishedAt = now;
    updatedAt = now;
  }

  /** Returns whether it had been published, which decides whether anyone is to be told. */
  boolean archive(Instant now) {
    if (status == SolutionStatus.ARCHIVED) {
      throw Transitions.refused("A solution", status, "archived");
    }
    boolean wasPublished = status == SolutionStatus.PUBLISHED;
    status = SolutionStatus.ARCHIVED;
    updatedAt = now;
    return wasPublished;
  }

  private void apply(SolutionContent content, String language, boolean languageDetected, Instant now) {
    if (content.trl() < 1 || content.trl() > 9) {
      throw new IllegalArgumentException("TRL is 1 to 9");
    }
    this.title = content.title();
    this.summary = content.summary();
    this.description = content.description();
    this.trl = content.trl();
    this.pricingModel = content.pricingModel();
    this.themes.clear();
    this.themes.addAll(content.themes());
    if (!this.references.equals(content.references())) {
      this.references.clear();
      this.references.addAll(content.references());
    }
    this.languages.clear();
    this.languages.addAll(content.languages());
    this.coverage.clear();
    this.coverage.addAll(content.coverage());
    this.language = Objects.requireNonNull(language, "language");
    this.languageDetected = languageDetected;
    this.updatedAt = now;
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

  public SolutionStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public SolutionFacts facts() {
    return new SolutionFacts(id, externalRef, ownerId, language, title, summary, description, List.copyOf(themes),
        trl, List.copyOf(references), List.copyOf(languages), List.copyOf(coverage), status, publishedAt);
  }

  SolutionView view() {
    return new SolutionView(id, externalRef, ownerId, title, summary, description, List.copyOf(themes), trl,
        List.copyOf(references), pricingModel, List.copyOf(languages), List.copyOf(coverage), language,
        languageDetected, status, createdAt, updatedAt, publishedAt, version);
  }
}
