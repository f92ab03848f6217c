package org.placette.notifications.internal.trigger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.placette.actors.api.OrganisationMembers;
import org.placette.matchmaking.api.events.MatchFound;
import org.placette.notifications.internal.inbox.NotificationDetails;
import org.placette.notifications.internal.inbox.NotificationKind;

/**
 * Tells the side that did not change about a match: a need published or rewritten tells the
 * solution's team, a solution published or rewritten tells the need's authority. Runs inside the
 * transaction that stores the match, so the notifications commit with it or not at all.
 */
@ApplicationScoped
class MatchTrigger {

  @Inject private OrganisationMembers members;

  @Inject private FanOut fanOut;

  void matchFound(@Observes MatchFound match) {
    boolean needChanged = match.trigger() == MatchFound.Trigger.NEED_CHANGED;
    MatchFound.Party changed = needChanged ? match.need() : match.solution();
    MatchFound.Party told = needChanged ? match.solution() : match.need();
    NotificationDetails details = new NotificationDetails(match.need().title(), match.solution().id(),
        match.solution().title(), null, null,
        match.concepts().stream()
            .map(concept -> new NotificationDetails.Concept(concept.id(), concept.fr(), concept.en(), concept.es()))
            .toList(),
        match.matchedTerms(), null);
    Occurrence occurrence = new Occurrence(
        needChanged ? NotificationKind.NEW_MATCHING_NEED : NotificationKind.NEW_MATCHING_SOLUTION,
        match.need().id(), match.solution().id(), match.score(), changed.themes(), details);
    List<Recipient> recipients = members.of(told.ownerId()).stream().map(Recipient::of).toList();
    fanOut.tell(occurrence, recipients);
  }
}
