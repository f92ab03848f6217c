package org.placette.projects.internal.call;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.placette.projects.internal.common.Transitions;

/**
 * A campaign of one authority that groups needs, run in phases (share needs, imagine solutions,
 * build). Needs join it while it is open.
 */
@Entity
@Table(name = "projects_call")
public class CallForSolutions {

  @Id private UUID id;

  @Column(name = "owner_id", nullable = false)
  private UUID ownerId;

  @Column(nullable = false)
  private String title;

  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CallStatus status;

  @ElementCollection
  @CollectionTable(name = "projects_call_phase", joinColumns = @JoinColumn(name = "call_id"))
  private List<Phase> phases = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected CallForSolutions() {}

  CallForSolutions(UUID id, UUID ownerId, String title, String description, List<Phase> phases, Instant now) {
    this.id = Objects.requireNonNull(id, "id");
    this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
    this.status = CallStatus.OPEN;
    this.createdAt = now;
    describe(title, description, phases, now);
  }

  void describe(String title, String description, List<Phase> phases, Instant now) {
    if (status != CallStatus.OPEN) {
      throw Transitions.refused("A call for solutions", status, "edited");
    }
    this.title = Objects.requireNonNull(title, "title");
    this.description = description;
    this.phases.clear();
    this.phases.addAll(phases.stream().sorted(Comparator.comparing(Phase::kind)).toList());
    this.updatedAt = now;
  }

  void close(Instant now) {
    if (status != CallStatus.OPEN) {
      throw Transitions.refused("A call for solutions", status, "closed");
    }
    status = CallStatus.CLOSED;
    updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public boolean open() {
    return status == CallStatus.OPEN;
  }

  public String title() {
    return title;
  }

  long version() {
    return version;
  }

  CallView view(LocalDate today) {
    PhaseKind current = status == CallStatus.OPEN
        ? phases.stream().filter(p -> p.covers(today)).map(Phase::kind).findFirst().orElse(null)
        : null;
    return new CallView(id, ownerId, title, description, status, current,
        phases.stream().map(Phase::view).toList(), createdAt, updatedAt, version);
  }
}
