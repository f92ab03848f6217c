package org.placette.notifications.internal.stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/notifications/stream")
@RequestScoped
@Tag(name = "Notifications")
@SecurityRequirement(name = "keycloak")
public class StreamResource {

  @Inject private Subscriptions subscriptions;

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(summary = "The member's notifications as Server-Sent Events (event notification, id = notification id);"
      + " send Last-Event-ID to receive first what was missed")
  public void stream(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId) {
    subscriptions.open(sink, sse, lastEventId);
  }
}
