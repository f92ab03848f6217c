package org.placette.projects.internal.dialogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.paging.Page;
import org.placette.projects.internal.common.IdempotentPosts;
import org.placette.projects.internal.common.IdempotentPosts.Created;
import org.placette.projects.internal.common.LimitedBody;

@Path("/needs/{needId}/questions")
@RequestScoped
@LimitedBody
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dialogue", description = "Public questions and answers on needs, expressions of interest and the authorities' answers")
public class QuestionResource {

  @Inject private DialogueService dialogue;
  @Inject private IdempotentPosts idempotent;
  @Context private UriInfo uri;

  @GET
  @PermitAll
  @Operation(summary = "The questions on a need and their answers, oldest first; who asked is shown to the asker and the owner only")
  @APIResponse(responseCode = "200", description = "A page of questions",
      content = @Content(examples = @ExampleObject(name = "page", value = "{\"items\": [" + DialogueExamples.QUESTION + "], \"next\": null}")))
  public Page<QuestionView> list(@PathParam("needId") UUID needId, @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    return dialogue.questions(needId, cursor, limit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER, Roles.INTEGRATOR})
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Ask a public question on a published need (members of verified organisations)")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "question", value = DialogueExamples.QUESTION_INPUT)))
  @APIResponse(responseCode = "201", description = "The question",
      content = @Content(examples = @ExampleObject(name = "question", value = DialogueExamples.QUESTION)))
  @APIResponse(responseCode = "403", description = "The caller's organisation is not verified")
  public Response ask(@PathParam("needId") UUID needId, @HeaderParam(IdempotentPosts.HEADER) String key,
      DialogueInputs.QuestionInput input) {
    return idempotent.run(key, "POST /needs/" + needId + "/questions", input, () -> {
      QuestionView question = dialogue.ask(needId, input);
      return Created.at(uri.getBaseUriBuilder().path("needs").path(needId.toString()).path("questions").build(),
          question, 0);
    });
  }

  @POST
  @Path("{questionId}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.INTEGRATOR})
  @SecurityRequirement(name = "keycloak")
  @Operation(summary = "Answer a question on one's own need, once; visible to all (fires QuestionAnswered)")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "answer", value = DialogueExamples.ANSWER_INPUT)))
  @APIResponse(responseCode = "200", description = "The answered question",
      content = @Content(examples = @ExampleObject(name = "question", value = DialogueExamples.QUESTION)))
  @APIResponse(responseCode = "409", description = "Already answered")
  public Response answer(@PathParam("needId") UUID needId, @PathParam("questionId") UUID questionId,
      @HeaderParam(IdempotentPosts.HEADER) String key, DialogueInputs.AnswerInput input) {
    return idempotent.run(key, "POST /needs/" + needId + "/questions/" + questionId + "/answer", input,
        () -> Created.ok(dialogue.answer(needId, questionId, input), 1));
  }
}
