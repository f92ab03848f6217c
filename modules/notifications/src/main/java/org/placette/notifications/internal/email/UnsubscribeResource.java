package org.placette.notifications.internal.email;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.placette.kernel.problem.FieldError;
import org.placette.kernel.problem.Problem;
import org.placette.notifications.internal.preference.NotificationPreferences;

/**
 * The unsubscribe link of every email, which needs no login: the signed token says whose emails to
 * stop. GET only shows a confirmation, because mail scanners follow links; POST, the one-click
 * request of RFC 8058 or the confirmation's button, unsubscribes.
 */
@Path("/notifications/unsubscribe")
@RequestScoped
@Tag(name = "Notifications")
public class UnsubscribeResource {

  @Inject private EmailSettings settings;

  @Inject private NotificationPreferences preferences;

  @GET
  @PermitAll
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Confirmation page of an email's unsubscribe link")
  public String confirm(@QueryParam("token") String token) {
    subject(token);
    return page("""
        <form method="post">
        <p>Ne plus recevoir d’e-mails de Placette ? · Stop receiving emails from Placette? · ¿Dejar de recibir correos de Placette?</p>
        <button type="submit" name="List-Unsubscribe" value="One-Click">Se désabonner · Unsubscribe · Darse de baja</button>
        </form>""");
  }

  @POST
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Unsubscribe from emails (one click, RFC 8058); the inbox stays")
  public String unsubscribe(@QueryParam("token") String token) {
    preferences.stopEmails(subject(token));
    return page("<p>Vous ne recevrez plus d’e-mails de Placette. · You will receive no more emails from Placette."
        + " · Ya no recibirá correos de Placette.</p>");
  }

  private String subject(String token) {
    return settings.tokens().subject(token).orElseThrow(() -> Problem.invalid(List.of(new FieldError("token",
        "This unsubscribe link is not valid: use the link of a recent email unchanged."))));
  }

  private static String page(String body) {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Placette</title></head>\n<body>\n" + body
        + "\n</body></html>\n";
  }
}
