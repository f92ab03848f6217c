package org.placette.projects.api;

import java.util.Optional;
import java.util.UUID;
import org.placette.kernel.paging.Page;

/**
 * Read access to needs and solutions for the other modules (matchmaking indexes and scores them,
 * notifications tells about them). Visibility rules are the reader's business: everything is
 * returned, with its status and visibility. Pages run in a stable order (oldest first), so a module
 * can walk the whole catalogue with {@code next} while items are being added.
 */
public interface ProjectsCatalogue {

  Optional<NeedFacts> findNeed(UUID needId);

  Optional<NeedFacts> findNeedByExternalRef(String externalRef);

  Optional<SolutionFacts> findSolution(UUID solutionId);

  Optional<SolutionFacts> findSolutionByExternalRef(String externalRef);

  /** Needs whose status is PUBLISHED; {@code cursor} is null for the first page, {@code limit} at most 500. */
  Page<NeedFacts> publishedNeeds(String cursor, int limit);

  /** Solutions whose status is PUBLISHED; {@code cursor} is null for the first page, {@code limit} at most 500. */
  Page<SolutionFacts> publishedSolutions(String cursor, int limit);
}
