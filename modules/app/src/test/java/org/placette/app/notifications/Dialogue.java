package org.placette.app.notifications;

import static org.placette.app.projects.ProjectsApi.as;
import static org.placette.app.projects.ProjectsApi.json;

import java.util.Map;
import java.util.UUID;
import org.placette.app.actors.Actors;
import org.placette.app.projects.ProjectsApi;

/**
 * The real flows that cause notifications, through the same APIs as clients: a startup registered,
 * verified and signed in (so that Placette knows its member's address), the demo authority's needs,
 * questions and their answers, expressions of interest and the authority's decisions.
 */
final class Dialogue {

  /** A startup member the actors module knows, with their email address and a token. */
  record Member(UUID organisationId, String email, String token) {}

  private Dialogue() {}

  static Member newStartupMember() {
    String email = Actors.unique("notified").toLowerCase(java.util.Locale.ROOT) + "@startup.example.org";
    UUID organisation = Actors.registerStartup(Actors.unique("Notified"), email);
    Actors.verify(Actors.admin(), organisation).then().statusCode(200);
    return new Member(organisation, email, Actors.completeFirstSignIn(email));
  }

  /** A member of a local authority registered and verified through the same flows, with a token. */
  static Member newAuthorityMember() {
    String email = Actors.unique("told").toLowerCase(java.util.Locale.ROOT) + "@commune.example.be";
    UUID organisation = Actors.registerAuthority(Actors.unique("Commune de Gembloux"), email);
    Actors.verify(Actors.admin(), organisation).then().statusCode(200);
    return new Member(organisation, email, Actors.completeFirstSignIn(email));
  }

  static String authority() {
    ProjectsApi.demoOrganisations();
    return ProjectsApi.authority();
  }

  static String need(String authority, String title) {
    return ProjectsApi.publishedNeed(authority, title);
  }

  /** The member asks on the need, the authority answers: the member is to be told. Returns the question id. */
  static String questionAnswered(Member asker, String authority, String need) {
    String question = as(asker.token()).body(json(Map.of("text", "Les horaires de nuit sont-ils concernés ?")))
        .post("/needs/" + need + "/questions").then().statusCode(201).extract().path("id");
    as(authority).body(json(Map.of("text", "Oui, deux équipes de nuit participent.")))
        .post("/needs/" + need + "/questions/" + question + "/answer").then().statusCode(200);
    return question;
  }

  /** The member's startup expresses interest in the need with a new solution; returns the interest id. */
  static String interest(Member startup, String need, String solutionTitle) {
    String solution = ProjectsApi.publishedSolution(startup.token(), solutionTitle);
    return as(startup.token()).body(json(Map.of("solutionId", solution, "pitch", "Déployé à Nantes.")))
        .post("/needs/" + need + "/interests").then().statusCode(201).extract().path("id");
  }

  static void decide(String authority, String interest, String decision) {
    var request = as(authority);
    if (decision.equals("decline")) {
      request.body(json(Map.of("reason", "Déjà équipés.")));
    }
    request.post("/interests/" + interest + "/" + decision).then().statusCode(200);
  }
}
