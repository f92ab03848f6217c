package org.placette.projects.internal.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.placette.kernel.problem.FieldError;
import org.placette.kernel.problem.Problem;

/**
 * Runs a creating POST at most once per {@code Idempotency-Key}: the answer is stored in the same
 * transaction as what the POST created, and the same caller sending the same key and body again
 * gets that answer back (with {@code Idempotency-Replayed: true}) and nothing new is created. The
 * same key with another body is refused (422), since the client has mixed up two requests.
 */
@ApplicationScoped
public class IdempotentPosts {

  public static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
  private static final Jsonb JSONB = JsonbBuilder.create();

  @PersistenceContext(unitName = "projects")
  private EntityManager entityManager;

  @Inject private Access access;

  /**
   * What a POST answers: its status, body (a DTO record), where the resource lives (for a 201) and
   * its version (the ETag).
   */
  public record Created(int status, Object body, URI location, long version) {

    public static Created at(URI location, Object body, long version) {
      return new Created(201, body, location, version);
    }

    public static Created ok(Versioned view) {
      return ok(view, view.version());
    }

    public static Created ok(Object body, long version) {
      return new Created(200, body, null, version);
    }
  }

  @Transactional
  public Response run(String key, String operation, Object request, Supplier<Created> action) {
    if (key == null) {
      return answer(action.get());
    }
    if (!KEY.matcher(key).matches()) {
      throw Problem.invalid(List.of(new FieldError("Idempotency-Key",
          "Use 1 to 100 letters, digits or . _ : - (a UUID is a good key).")));
    }
    String caller = access.subject();
    String hash = hash(operation + "\n" + JSONB.toJson(request));
    IdempotentAnswer previous = entityManager.find(IdempotentAnswer.class, new IdempotentAnswer.Key(caller, key));
    if (previous != null) {
      if (!previous.requestHash().equals(hash)) {
        throw new Problem(422, "idempotency-key-reused", "Idempotency key reused",
            "Idempotency-Key " + key + " was already used for another request; use a new key for a new request.");
      }
      return previous.replay();
    }
    IdempotentAnswer reserved = new IdempotentAnswer(caller, key, hash);
    try {
      // Taking the key first makes a concurrent request with the same key wait here, then fail,
      // instead of creating a second resource.
      entityManager.persist(reserved);
      entityManager.flush();
    } catch (PersistenceException taken) {
      throw new Problem(409, "idempotency-key-in-use", "Request in progress",
          "A request with Idempotency-Key " + key + " is being processed; retry it in a moment to get its answer.");
    }
    Created created = action.get();
    String body = JSONB.toJson(created.body());
    reserved.record(created.status(), body, created.location(), Versions.tag(created.version()).toString());
    return answer(created, body);
  }

  private static Response answer(Created created) {
    return answer(created, JSONB.toJson(created.body()));
  }

  private static Response answer(Created created, String body) {
    Response.ResponseBuilder answer = Response.status(created.status());
    if (created.location() != null) {
      answer.location(created.location());
    }
    return answer
        .entity(body)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name()))
        .tag(Versions.tag(created.version()))
        .build();
  }

  static Response replay(int status, String body, String location, String etag) {
    Response.ResponseBuilder answer = Response.status(status)
        .entity(body)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name()))
        .header("Idempotency-Replayed", "true");
    if (location != null) {
      answer.header(HttpHeaders.LOCATION, location);
    }
    if (etag != null) {
      answer.header(HttpHeaders.ETAG, etag);
    }
    return answer.build();
  }

  private static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
    }
  }
}
