package org.placette.notifications.internal.trigger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placette.actors.api.MemberContact;
import org.placette.actors.api.OrganisationMembers;
import org.placette.matchmaking.api.events.MatchFound;
import org.placette.matchmaking.api.events.MatchesFound;
import org.placette.notifications.internal.inbox.NotificationDetails;
import org.placette.notifications.internal.inbox.NotificationKind;

/**
 * Tells the side that did not change about a match: a need published or rewritten tells the
 * solution's team, a solution published or rewritten tells the need's authority. Runs inside the
 * transaction that stores the matches, so the notifications commit with them or not at all; all
 * the matches of one computation are told together.
 */
@ApplicationScoped
class MatchTrigger {

  @Inject private OrganisationMembers members;

  @Inject private FanOut fanOut;

  void matchesFound(@Observes MatchesFound found) {
    Map<UUID, List<MemberContact>> membersOf = members.of(found.matches().stream().map(MatchTrigger::told)
        .map(MatchFound.Party::ownerId).collect(Collectors.toSet()));
    List<FanOut.Telling> tellings = new ArrayList<>();
    for (MatchFound match : found.matches()) {
      List<Recipient> recipients = membersOf.getOrDefault(told(match).ownerId(), List.of()).stream()
          .map(Recipient::of).toList();
      tellings.add(new FanOut.Telling(occurrence(match), recipients));
    }
    fanOut.tell(tellings);
  }

  private static MatchFound.Party told(MatchFound match) {
    return match.trigger() == MatchFound.Trigger.NEED_CHANGED ? match.solution() : match.need();
  }

  private static Occurrence occurrence(MatchFound match) {
    boolean needChanged = match.trigger() == MatchFound.Trigger.NEED_CHANGED;
    MatchFound.Party changed = needChanged ? match.need() : match.solution();
    NotificationDetails details = new NotificationDetails(match.need().title(), match.solution().id(),
        match.solution().title(), null, null,
        match.concepts().stream()
            .map(concept -> new NotificationDetails.Concept(concept.id(), concept.fr(), concept.en(), concept.es()))
            .toList(),
        match.matchedTerms(), null);
    return new Occurrence(needChanged ? NotificationKind.NEW_MATCHING_NEED : NotificationKind.NEW_MATCHING_SOLUTION,
        match.need().id(), match.solution().id(), match.score(), changed.themes(), details);
  }
}
