package org.placette.matchmaking.internal.match;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * The owning authority's verdict on a pair (relevant or not), with the score and algorithm it
 * judged: kept when matches are recomputed, and compared with the scorer by the evaluation.
 */
@Entity
@Table(name = "matchmaking_feedback")
public class Feedback {

  @EmbeddedId private Pair pair;

  @Column(nullable = false)
  private boolean relevant;

  @Column(nullable = false)
  private int score;

  @Column(nullable = false, length = 64)
  private String algorithm;

  @Column(name = "given_by", nullable = false)
  private String givenBy;

  @Column(name = "given_at", nullable = false)
  private Instant givenAt;

  protected Feedback() {}

  public Feedback(UUID needId, UUID solutionId) {
    this.pair = new Pair(needId, solutionId);
  }

  public void judge(boolean isRelevant, Match match, String by, Instant at) {
    this.relevant = isRelevant;
    this.score = match.score();
    this.algorithm = match.algorithm();
    this.givenBy = by;
    this.givenAt = at;
  }

  public boolean relevant() {
    return relevant;
  }

  public int score() {
    return score;
  }

  public Instant givenAt() {
    return givenAt;
  }

  public UUID solutionId() {
    return pair.solutionId;
  }

  @Embeddable
  public static class Pair implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "need_id")
    private UUID needId;

    @Column(name = "solution_id")
    private UUID solutionId;

    protected Pair() {}

    Pair(UUID needId, UUID solutionId) {
      this.needId = needId;
      this.solutionId = solutionId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Pair pair && pair.needId.equals(needId) && pair.solutionId.equals(solutionId);
    }

    @Override
    public int hashCode() {
      return needId.hashCode() * 31 + solutionId.hashCode();
    }
  }
}
