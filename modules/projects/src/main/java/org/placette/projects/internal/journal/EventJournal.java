package org.placette.projects.internal.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.placette.projects.api.events.ExpressionOfInterestDecided;
import org.placette.projects.api.events.ExpressionOfInterestSubmitted;
import org.placette.projects.api.events.NeedClosed;
import org.placette.projects.api.events.NeedPublished;
import org.placette.projects.api.events.NeedUpdated;
import org.placette.projects.api.events.QuestionAnswered;
import org.placette.projects.api.events.SolutionPublished;
import org.placette.projects.api.events.SolutionUpdated;

/**
 * Writes every event of the module into the journal, in the transaction that fired it: the audit
 * trail of what changed (read by administrators), which commits with the change or not at all. The
 * subject is the need, solution, question or expression of interest the event is about.
 */
@ApplicationScoped
public class EventJournal {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @PersistenceContext(unitName = "projects")
  private EntityManager entityManager;

  void on(@Observes NeedPublished event) {
    write(event, event.need().id());
  }

  void on(@Observes NeedUpdated event) {
    write(event, event.need().id());
  }

  void on(@Observes NeedClosed event) {
    write(event, event.needId());
  }

  void on(@Observes SolutionPublished event) {
    write(event, event.solution().id());
  }

  void on(@Observes SolutionUpdated event) {
    write(event, event.solution().id());
  }

  void on(@Observes QuestionAnswered event) {
    write(event, event.questionId());
  }

  void on(@Observes ExpressionOfInterestSubmitted event) {
    write(event, event.interestId());
  }

  void on(@Observes ExpressionOfInterestDecided event) {
    write(event, event.interestId());
  }

  private void write(Record event, UUID subject) {
    entityManager.persist(new JournalEntry(event.getClass().getSimpleName(), subject, JSONB.toJson(event),
        org.placette.projects.internal.common.Clock.now()));
  }
}
