package org.placette.matchmaking.internal.search;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over published needs and solutions in French, English and Spanish")
public class SearchResource {

  @Inject private SearchService search;

  @GET
  @PermitAll
  @Operation(summary = "Search needs and solutions; accent- and case-insensitive, across languages, with facets and highlights")
  @APIResponse(responseCode = "200", description = "{items: [{item, relevance, highlights}], next, total, facets}")
  @APIResponse(responseCode = "400", description = "Every wrong parameter named (q over 1,000 characters, limit over 100, ...)")
  public SearchResults search(
      @Parameter(description = "Words, in any language; never parsed as query syntax") @QueryParam("q") String q,
      @Parameter(description = "need or solution") @QueryParam("type") String type,
      @Parameter(description = "A theme code of /api/v1/themes") @QueryParam("theme") String theme,
      @Parameter(description = "ISO 3166 alpha-2 country code") @QueryParam("country") String country,
      @Parameter(description = "Minimum TRL, 1 to 9 (solutions)") @QueryParam("trl") String trl,
      @Parameter(description = "Language the item was written in: fr, en or es") @QueryParam("language") String language,
      @Parameter(description = "1 to 100, default 20") @QueryParam("limit") String limit,
      @Parameter(description = "The next of the previous page") @QueryParam("cursor") String cursor) {
    return search.search(SearchService.Request.of(q, type, theme, country, trl, language, limit, cursor));
  }
}
