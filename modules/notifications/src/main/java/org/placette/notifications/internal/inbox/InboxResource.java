package org.placette.notifications.internal.inbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.paging.Page;
import org.placette.kernel.problem.Problem;

@Path("/me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The member's inbox, live stream and notification preferences")
@SecurityRequirement(name = "keycloak")
public class InboxResource {

  @Inject private Inbox inbox;

  @GET
  @Operation(summary = "The member's notifications, newest first")
  public Page<NotificationView> page(
      @Parameter(description = "true: only the unread ones") @QueryParam("unread") Boolean unread,
      @Parameter(description = "The next value of the previous page") @QueryParam("cursor") String cursor,
      @Parameter(description = "1 to 100, default 20") @QueryParam("limit") Integer limit) {
    return inbox.page(Boolean.TRUE.equals(unread), cursor, limit);
  }

  @GET
  @Path("/unread-count")
  @Operation(summary = "How many of the member's notifications are unread")
  public Map<String, Long> unreadCount() {
    return Map.of("unread", inbox.unreadCount());
  }

  @POST
  @Path("/{id}/read")
  @Operation(summary = "Mark one notification read")
  public NotificationView markRead(@PathParam("id") String id) {
    long seq;
    try {
      seq = Long.parseLong(id);
    } catch (NumberFormatException notANumber) {
      throw Problem.notFound("Notification", id);
    }
    return inbox.markRead(seq);
  }

  @POST
  @Path("/read")
  @Operation(summary = "Mark every notification of the member read")
  public Map<String, Integer> markAllRead() {
    return Map.of("marked", inbox.markAllRead());
  }
}
