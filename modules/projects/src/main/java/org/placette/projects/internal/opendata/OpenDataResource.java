package org.placette.projects.internal.opendata;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.paging.Page;

/**
 * Public needs, their calls and their outcomes as open data, under the Licence Ouverte / Open
 * Licence 2.0 (Etalab, compatible with CC BY 4.0): reuse is free, citing Placette as the source.
 * Each document names its licence: a {@code licence} object in JSON, a {@code licence} column in CSV.
 */
@Path("/open-data")
@RequestScoped
@Tag(name = "Open data", description = "Public needs, calls and outcomes under the Licence Ouverte 2.0 (etalab-2.0)")
public class OpenDataResource {

  static final String LICENCE_ID = "etalab-2.0";
  static final String LICENCE_NAME = "Licence Ouverte / Open Licence 2.0";
  static final String LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence";
  static final String CSV = "text/csv";

  @Inject private OpenDataService openData;

  @GET
  @Path("needs.json")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every public need that is or was published, with its call and outcomes",
      description = "licence.id is the SPDX identifier of the licence the data is published under.")
  @APIResponse(responseCode = "200", description = "The export", content = @Content(mediaType = MediaType.APPLICATION_JSON,
      examples = @ExampleObject(name = "export", value = """
          {"licence": {"id": "etalab-2.0", "name": "Licence Ouverte / Open Licence 2.0",
          "url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence"}, "generatedAt": "2026-11-22T10:00:00Z",
          "needs": [{"id": "9b2f6c8e-4f43-4a57-9d1e-0a3c1c1f5e10", "externalRef": "n01",
          "title": "Faciliter le covoiturage domicile-travail", "problemStatement": "Chaque matin...",
          "themes": ["mobility"], "country": "FR", "region": "Nouvelle-Aquitaine", "municipality": "Niort",
          "language": "fr", "status": "AWARDED", "publishedAt": "2026-11-22T09:05:00Z", "deadline": "2027-03-31",
          "callId": null, "callTitle": null,
          "outcomes": [{"solutionId": "6c0e0d7a-8f9b-4a43-b1f2-3e4d5c6b7a80", "stage": "PILOT",
          "updatedAt": "2027-02-01T10:00:00Z"}]}]}""")))
  public Response json() {
    StreamingOutput body = output -> {
      try (JsonGenerator json = Json.createGenerator(output)) {
        json.writeStartObject();
        json.writeStartObject("licence").write("id", LICENCE_ID).write("name", LICENCE_NAME).write("url", LICENCE_URL)
            .writeEnd();
        json.write("generatedAt", Instant.now().toString());
        json.writeStartArray("needs");
        String cursor = null;
        do {
          Page<OpenNeed> page = openData.batch(cursor);
          for (OpenNeed need : page.items()) {
            json.writeStartObject();
            json.write("id", need.id().toString());
            nullable(json, "externalRef", need.externalRef());
            json.write("title", need.title()).write("problemStatement", need.problemStatement());
            json.writeStartArray("themes");
            need.themes().forEach(json::write);
            json.writeEnd();
            json.write("country", need.country());
            nullable(json, "region", need.region());
            nullable(json, "municipality", need.municipality());
            json.write("language", need.language()).write("status", need.status());
            nullable(json, "publishedAt", need.publishedAt() == null ? null : need.publishedAt().toString());
            nullable(json, "deadline", need.deadline() == null ? null : need.deadline().toString());
            nullable(json, "callId", need.callId() == null ? null : need.callId().toString());
            nullable(json, "callTitle", need.callTitle());
            json.writeStartArray("outcomes");
            for (OpenNeed.OpenOutcome outcome : need.outcomes()) {
              json.writeStartObject().write("solutionId", outcome.solutionId().toString())
                  .write("stage", outcome.stage()).write("updatedAt", outcome.updatedAt().toString()).writeEnd();
            }
            json.writeEnd();
            json.writeEnd();
          }
          cursor = page.next();
        } while (cursor != null);
        json.writeEnd();
        json.writeEnd();
      }
    };
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }

  @GET
  @Path("needs.csv")
  @PermitAll
  @Produces(CSV)
  @Operation(summary = "The same export as CSV (RFC 4180, UTF-8), one need a line",
      description = "The licence column holds the SPDX identifier of the licence (etalab-2.0) on every line; "
          + "themes and outcome stages are separated by '|'.")
  @APIResponse(responseCode = "200", description = "The export", content = @Content(mediaType = CSV,
      examples = @ExampleObject(name = "export", value = """
          licence,id,external_ref,title,problem_statement,themes,country,region,municipality,language,status,published_at,deadline,call_id,call_title,outcome_stages
          etalab-2.0,9b2f6c8e-4f43-4a57-9d1e-0a3c1c1f5e10,n01,Faciliter le covoiturage,Chaque matin...,mobility,FR,Nouvelle-Aquitaine,Niort,fr,AWARDED,2026-11-22T09:05:00Z,2027-03-31,,,PILOT
          """)))
  public Response csv() {
    StreamingOutput body = output -> {
      Writer csv = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
      csv.write("licence,id,external_ref,title,problem_statement,themes,country,region,municipality,language,status,"
          + "published_at,deadline,call_id,call_title,outcome_stages\r\n");
      String cursor = null;
      do {
        Page<OpenNeed> page = openData.batch(cursor);
        for (OpenNeed need : page.items()) {
          csv.write(String.join(",", LICENCE_ID, need.id().toString(), cell(need.externalRef()), cell(need.title()),
              cell(need.problemStatement()), cell(String.join("|", need.themes())), cell(need.country()),
              cell(need.region()), cell(need.municipality()), cell(need.language()), cell(need.status()),
              cell(need.publishedAt()), cell(need.deadline()), cell(need.callId()), cell(need.callTitle()),
              cell(need.outcomes().stream().map(OpenNeed.OpenOutcome::stage).collect(Collectors.joining("|")))));
          csv.write("\r\n");
        }
        cursor = page.next();
      } while (cursor != null);
      csv.flush();
    };
    return Response.ok(body, MediaType.valueOf(CSV + "; charset=UTF-8"))
        .header("Content-Disposition", "attachment; filename=\"placette-needs.csv\"").build();
  }

  private static void nullable(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }

  /** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
