package org.placette.projects.internal.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Caller;
import org.placette.kernel.caller.Roles;

@Path("/admin/import")
@RequestScoped
@Tag(name = "Administration", description = "Bulk import and the event journal, for platform administrators")
@SecurityRequirement(name = "keycloak")
public class ImportResource {

  @Inject private CollectionImport collectionImport;
  @Inject private Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(summary = "Import a collection: verified organisations, published needs and solutions",
      description = "The format of data/devset/matchmaking-dev.json (judgments are ignored). Each item keeps the "
          + "file's id as externalRef; an item already imported is left unchanged, so importing twice changes "
          + "nothing. The file is checked whole before anything is written: a wrong file stores nothing and the "
          + "answer lists the wrong fields (up to 100). Bodies up to projects.import.max-bytes (512 MiB) stream.")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "collection", value = """
      {"version": 1,
       "authorities": [{"id": "a01", "name": "Ville de Niort", "country": "FR", "region": "Nouvelle-Aquitaine",
                        "city": "Niort", "population": 59500, "language": "fr"}],
       "startups": [{"id": "s001", "name": "Roulons Ensemble", "country": "FR", "city": "Nantes",
                     "website": "https://example.org/roulons-ensemble", "language": "fr"}],
       "needs": [{"id": "n01", "authority": "a01", "language": "fr",
                  "title": "Faciliter le covoiturage domicile-travail vers les zones d'activités",
                  "description": "Chaque matin, plusieurs milliers de salariés rejoignent seuls en voiture les zones d'activités.",
                  "budgetEur": 60000, "deadline": "2027-03-31"}],
       "solutions": [{"id": "x001", "startup": "s001", "language": "fr", "title": "Covoiturage domicile-travail",
                      "summary": "Une application de covoiturage pour les zones d'activités.",
                      "description": "Nous apparions les salariés selon leurs horaires, y compris postés.",
                      "trl": 8, "references": ["Nantes"]}]}""")))
  @APIResponse(responseCode = "200", description = "What was created and what was already there, per kind",
      content = @Content(examples = @ExampleObject(name = "report", value = """
          {"authorities": {"created": 12, "unchanged": 0}, "startups": {"created": 72, "unchanged": 0},
           "needs": {"created": 30, "unchanged": 0}, "solutions": {"created": 150, "unchanged": 0},
           "bytes": 197477, "millis": 2140}""")))
  @APIResponse(responseCode = "400", description = "Malformed JSON, or the wrong fields of the items; nothing stored")
  @APIResponse(responseCode = "413", description = "Larger than projects.import.max-bytes")
  public ImportReport importCollection(InputStream body) {
    return collectionImport.run(body, caller.subject());
  }
}
