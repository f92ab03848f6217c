package org.placette.matchmaking.internal.admin;

import java.util.List;
import org.placette.matchmaking.internal.index.ScoringTimes;
import org.placette.matchmaking.internal.match.FeedbackService.Agreement;
import org.placette.matchmaking.internal.match.LoopActivity;
import org.placette.matchmaking.internal.profile.ProfileClaims.PendingMatches;

/**
 * Where matchmaking stands: the scorer's version, whether cross-lingual matching is complete,
 * the pipeline's backlog (a collection is fully matchable when both pending counts are zero) and
 * the authorities' agreement with the scorer, and how long the recent scorings took. When the
 * backlog stops shrinking, {@code oldestPendingMatches} (null when none) and {@code loops} (this
 * instance's) say why: a lease, a wait for translation, or a loop busy on one round.
 */
public record MatchmakingStatus(String algorithm, String crossLingualMatching, long published, long translationsPending,
    long matchesPending, Agreement feedback, List<ScoringTimes.Summary> scoring, PendingMatches oldestPendingMatches,
    List<LoopActivity> loops) {}
