package org.placette.matchmaking.internal.match;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A need and a solution scored together, from one side's point of view (see {@link Direction}):
 * the score, its explanation and the algorithm that produced them. Rewritten whenever either side
 * changes; {@code announcedScore} remembers what was last announced, so that a recomputation
 * announces only what is new or materially better.
 */
@Entity
@Table(name = "matchmaking_match")
public class Match {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Direction direction;

  @Column(name = "need_id", nullable = false)
  private UUID needId;

  @Column(name = "solution_id", nullable = false)
  private UUID solutionId;

  @Column(nullable = false)
  private int score;

  @Column(nullable = false, length = 8000)
  private String explanation;

  @Column(nullable = false, length = 64)
  private String algorithm;

  @Column(name = "computed_at", nullable = false)
  private Instant computedAt;

  @Column(name = "announced_score")
  private Integer announcedScore;

  protected Match() {}

  public Match(Direction direction, UUID needId, UUID solutionId) {
    this.id = UUID.randomUUID();
    this.direction = Objects.requireNonNull(direction, "direction");
    this.needId = Objects.requireNonNull(needId, "needId");
    this.solutionId = Objects.requireNonNull(solutionId, "solutionId");
  }

  public void scored(int newScore, String newExplanation, String byAlgorithm, Instant at) {
    if (newScore < 0 || newScore > 100) {
      throw new IllegalArgumentException("A score is between 0 and 100, was " + newScore);
    }
    this.score = newScore;
    this.explanation = newExplanation;
    this.algorithm = byAlgorithm;
    this.computedAt = at;
  }

  /** Whether this score is news: never announced, or at least {@code materialRise} points above what was. */
  public boolean worthAnnouncing(int materialRise) {
    return announcedScore == null || score - announcedScore >= materialRise;
  }

  public void announced() {
    announcedScore = score;
  }

  public UUID id() {
    return id;
  }

  public Direction direction() {
    return direction;
  }

  public UUID needId() {
    return needId;
  }

  public UUID solutionId() {
    return solutionId;
  }

  /** The id of the item on the other side than the one the ranking is for. */
  public UUID candidateId() {
    return direction == Direction.NEED_TO_SOLUTIONS ? solutionId : needId;
  }

  public int score() {
    return score;
  }

  public String explanation() {
    return explanation;
  }

  public String algorithm() {
    return algorithm;
  }

  public Instant computedAt() {
    return computedAt;
  }
}
