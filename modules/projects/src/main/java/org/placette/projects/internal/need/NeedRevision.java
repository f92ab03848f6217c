package org.placette.projects.internal.need;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One version of a need's problem statement; revision 1 is the one it was published with. */
@Entity
@Table(name = "projects_need_revision")
@IdClass(NeedRevision.Key.class)
public class NeedRevision {

  @Id
  @Column(name = "need_id")
  private UUID needId;

  @Id private int number;

  @Column(name = "problem_statement", nullable = false)
  private String problemStatement;

  private String note;
  private String author;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected NeedRevision() {}

  NeedRevision(UUID needId, int number, String problemStatement, String note, String author, Instant createdAt) {
    this.needId = needId;
    this.number = number;
    this.problemStatement = problemStatement;
    this.note = note;
    this.author = author;
    this.createdAt = createdAt;
  }

  void rewrite(String problemStatement, Instant at) {
    this.problemStatement = problemStatement;
    this.createdAt = at;
  }

  RevisionView view() {
    return new RevisionView(number, problemStatement, note, createdAt);
  }

  /** Composite id: the need and the revision number. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private UUID needId;
    private int number;

    public Key() {}

    Key(UUID needId, int number) {
      this.needId = needId;
      this.number = number;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && needId.equals(key.needId) && number == key.number;
    }

    @Override
    public int hashCode() {
      return Objects.hash(needId, number);
    }
  }
}
