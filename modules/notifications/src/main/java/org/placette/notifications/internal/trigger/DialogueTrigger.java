package org.placette.notifications.internal.trigger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.placette.actors.api.OrganisationMembers;
import org.placette.notifications.internal.inbox.NotificationDetails;
import org.placette.notifications.internal.inbox.NotificationKind;
import org.placette.projects.api.NeedFacts;
import org.placette.projects.api.ProjectsCatalogue;
import org.placette.projects.api.SolutionFacts;
import org.placette.projects.api.events.ExpressionOfInterestDecided;
import org.placette.projects.api.events.ExpressionOfInterestSubmitted;
import org.placette.projects.api.events.QuestionAnswered;

/**
 * Tells the people in a dialogue what the other side did: the asker that their question was
 * answered, the authority that an expression of interest arrived, the startup how it was decided.
 * Runs inside the transaction of the dialogue step.
 */
@ApplicationScoped
class DialogueTrigger {

  @Inject private OrganisationMembers members;

  @Inject private ProjectsCatalogue catalogue;

  @Inject private FanOut fanOut;

  void questionAnswered(@Observes QuestionAnswered answered) {
    NotificationDetails details = new NotificationDetails(needTitle(answered.needId()), null, null,
        answered.questionId(), null, List.of(), List.of(), null);
    // Someone the actors module does not know (an account made outside Placette) still gets the inbox.
    Recipient asker = members.bySubject(answered.askerSubject()).map(Recipient::of)
        .orElseGet(() -> new Recipient(answered.askerSubject(), answered.askerOrganisationId(), null, null));
    fanOut.tell(new Occurrence(NotificationKind.QUESTION_ANSWERED, answered.needId(), answered.questionId(), null,
        List.of(), details), List.of(asker));
  }

  void interestSubmitted(@Observes ExpressionOfInterestSubmitted submitted) {
    tellOrganisation(submitted.needOwnerId(), NotificationKind.INTEREST_RECEIVED, submitted.needId(),
        submitted.solutionId(), submitted.interestId(), null);
  }

  void interestDecided(@Observes ExpressionOfInterestDecided decided) {
    NotificationKind kind;
    switch (decided.decision()) {
      case SHORTLISTED -> kind = NotificationKind.INTEREST_SHORTLISTED;
      case DECLINED -> kind = NotificationKind.INTEREST_DECLINED;
      case SELECTED -> kind = NotificationKind.INTEREST_SELECTED;
      default -> {
        return;
      }
    }
    tellOrganisation(decided.solutionOwnerId(), kind, decided.needId(), decided.solutionId(), decided.interestId(),
        decided.reason());
  }

  private void tellOrganisation(UUID organisation, NotificationKind kind, UUID needId, UUID solutionId,
      UUID interestId, String reason) {
    String solutionTitle = catalogue.findSolution(solutionId).map(SolutionFacts::title).orElse(null);
    NotificationDetails details = new NotificationDetails(needTitle(needId), solutionId, solutionTitle, null,
        interestId, List.of(), List.of(), reason);
    fanOut.tell(new Occurrence(kind, needId, solutionId, null, List.of(), details),
        members.of(organisation).stream().map(Recipient::of).toList());
  }

  private String needTitle(UUID needId) {
    return catalogue.findNeed(needId).map(NeedFacts::title).orElse(null);
  }
}
