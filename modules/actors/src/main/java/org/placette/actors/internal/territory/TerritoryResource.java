package org.placette.actors.internal.territory;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.problem.Problem;

/**
 * Reference data for registration forms: public, since a body registering has no account yet.
 * French authorities are chosen by INSEE code; other countries by ISO 3166 codes.
 */
@Path("/territories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territories", description = "French territories (INSEE) and ISO 3166 countries and subdivisions")
public class TerritoryResource {

  @Inject private FrenchTerritories territories;
  @Inject private Iso3166 iso;

  @GET
  @Path("/fr")
  @PermitAll
  @Operation(summary = "Search French territories by name, level, department, region and population; "
      + "minPopulation=20000&maxPopulation=100000&level=COMMUNE lists the villes médianes")
  public List<TerritoryView> search(@QueryParam("q") String query, @QueryParam("level") TerritoryLevel level,
      @QueryParam("minPopulation") @Min(value = 0, message = "minPopulation cannot be negative.") Integer minPopulation,
      @QueryParam("maxPopulation") @Min(value = 0, message = "maxPopulation cannot be negative.") Integer maxPopulation,
      @QueryParam("department") String department, @QueryParam("region") String region,
      @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "limit is at least 1.")
          @Max(value = 200, message = "limit is at most 200.") int limit) {
    return territories.search(new TerritorySearch(query, level, minPopulation, maxPopulation, department, region, limit))
        .stream().map(this::view).toList();
  }

  @GET
  @Path("/fr/{level}/{code}")
  @PermitAll
  @Operation(summary = "One French territory with its population and the territories above it")
  public TerritoryView one(@PathParam("level") TerritoryLevel level, @PathParam("code") String code) {
    return territories.find(level, code).map(this::view)
        .orElseThrow(() -> Problem.notFound("French " + level.name().toLowerCase(java.util.Locale.ROOT), code));
  }

  @GET
  @Path("/countries")
  @PermitAll
  @Operation(summary = "ISO 3166-1 countries")
  public List<Iso3166.Country> countries() {
    return iso.countries();
  }

  @GET
  @Path("/countries/{code}/subdivisions")
  @PermitAll
  @Operation(summary = "ISO 3166-2 subdivisions (regions, provinces, departments) of a country")
  public List<Iso3166.Subdivision> subdivisions(@PathParam("code") String code) {
    return iso.country(code).map(country -> iso.subdivisionsOf(country.code()))
        .orElseThrow(() -> Problem.notFound("Country", code));
  }

  private TerritoryView view(FrenchTerritory territory) {
    return TerritoryView.of(territory, territories.parents(territory));
  }
}
