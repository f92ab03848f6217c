package org.placette.matchmaking.internal.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;
import org.placette.matchmaking.internal.index.Scoring;
import org.placette.matchmaking.internal.index.ScoringTimes;
import org.placette.matchmaking.internal.match.FeedbackService;
import org.placette.matchmaking.internal.match.MatchWork;
import org.placette.matchmaking.internal.profile.ProfileClaims;
import org.placette.matchmaking.internal.profile.ProfileClaims.Backlog;
import org.placette.matchmaking.internal.translation.Translations;

@Path("/admin/matchmaking")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: matchmaking", description = "The matching pipeline's backlog and the scorer's agreement with authorities")
public class MatchmakingStatusResource {

  /** A match scoring this much or more is one the scorer calls relevant, for the agreement figure. */
  private static final int RELEVANT_SCORE = 50;

  @Inject private ProfileClaims claims;
  @Inject private Translations translations;
  @Inject private Scoring scoring;
  @Inject private FeedbackService feedback;
  @Inject private ScoringTimes times;
  @Inject private MatchWork work;

  @GET
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(summary = "Matchmaking's backlog (translations and match computations pending), the feedback agreement"
      + " and the latency of recent scorings (milliseconds, per side searched, with the search engine's own part);"
      + " the computation waiting longest and what this instance's loops are doing")
  public MatchmakingStatus status() {
    Backlog backlog = claims.backlog();
    return new MatchmakingStatus(scoring.algorithm(), translations.status().degraded() ? "degraded" : "complete",
        backlog.published(), backlog.translationsPending(), backlog.matchesPending(), feedback.agreement(RELEVANT_SCORE),
        times.summaries(), claims.oldestPendingMatches().orElse(null), work.activity());
  }

  @DELETE
  @Path("scoring")
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(summary = "Forgets the latency of recent scorings, so that the figures cover only what comes next"
      + " (after a change of settings, or for a measurement)")
  public void forgetScoringTimes() {
    times.forget();
  }
}
