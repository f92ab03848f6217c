package org.placette.notifications.internal.preference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/notification-preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The member's inbox, live stream and notification preferences")
@SecurityRequirement(name = "keycloak")
public class PreferenceResource {

  @Inject private NotificationPreferences preferences;

  @GET
  @Operation(summary = "The member's notification preferences (the defaults until they change them)")
  public PreferenceView mine() {
    return preferences.mine();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the member's notification preferences; every wrong field is named at once")
  public PreferenceView change(PreferenceInput input) {
    return preferences.change(input);
  }
}
