package org.placette.projects.internal.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placette.kernel.paging.Page;
import org.placette.projects.api.NeedFacts;
import org.placette.projects.api.NeedStatus;
import org.placette.projects.api.Visibility;
import org.placette.projects.internal.call.CallForSolutions;
import org.placette.projects.internal.common.Keyset;
import org.placette.projects.internal.need.Need;
import org.placette.projects.internal.outcome.OutcomeService;
import org.placette.projects.internal.outcome.OutcomeView;

/** Reads public needs in batches for the open-data exports, which stream however many there are. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenDataService {

  static final int BATCH = 200;

  @PersistenceContext(unitName = "projects")
  private EntityManager entityManager;

  @Inject private OutcomeService outcomes;

  /** Public needs that are or were published, oldest first. */
  public Page<OpenNeed> batch(String cursor) {
    Page<NeedFacts> needs = new Keyset<>(Need.class, "n", "createdAt")
        .and("n.visibility = :public", "public", Visibility.PUBLIC)
        .and("n.status <> :draft", "draft", NeedStatus.DRAFT)
        .page(entityManager, "createdAt", cursor, BATCH, Need::createdAt, Need::id, Need::facts);
    List<UUID> ids = needs.items().stream().map(NeedFacts::id).toList();
    Map<UUID, List<OpenNeed.OpenOutcome>> outcomesByNeed = outcomes.ofNeeds(ids).stream()
        .collect(Collectors.groupingBy(OutcomeView::needId, Collectors.mapping(
            o -> new OpenNeed.OpenOutcome(o.solutionId(), o.stage().name(), o.updatedAt()), Collectors.toList())));
    Map<UUID, String> callTitles = new HashMap<>();
    for (NeedFacts need : needs.items()) {
      if (need.callId() != null) {
        callTitles.computeIfAbsent(need.callId(), id -> {
          CallForSolutions call = entityManager.find(CallForSolutions.class, id);
          return call == null ? null : call.title();
        });
      }
    }
    return needs.map(n -> new OpenNeed(n.id(), n.externalRef(), n.title(), n.problemStatement(), n.themes(),
        n.country(), n.region(), n.municipality(), n.language(), n.status().name(), n.publishedAt(), n.deadline(),
        n.callId(), n.callId() == null ? null : callTitles.get(n.callId()),
        outcomesByNeed.getOrDefault(n.id(), List.of())));
  }
}
