package org.placette.projects.internal.theme;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.paging.Page;

@Path("/themes")
@RequestScoped
@Tag(name = "Themes", description = "The taxonomy needs and solutions are tagged with, labelled in French, English and Spanish")
public class ThemeResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every theme, with its code (used in requests and filters) and labels; one page, next is null")
  @APIResponse(responseCode = "200", description = "The taxonomy", content = @Content(
      mediaType = MediaType.APPLICATION_JSON,
      examples = @ExampleObject(name = "themes", value = """
          {"items": [{"code": "mobility", "labels": {"fr": "Mobilité et transports", "en": "Mobility and transport",
          "es": "Movilidad y transporte"}}], "next": null}""")))
  public Page<Theme> themes() {
    return Page.last(Themes.ALL);
  }
}
