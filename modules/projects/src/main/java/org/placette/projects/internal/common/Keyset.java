package org.placette.projects.internal.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.placette.kernel.paging.Page;
import org.placette.kernel.problem.FieldError;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;

/**
 * A list query paged by a time column and the id: {@code where <filters> and (t, id) after the
 * cursor order by t, id}. Filters are added as JPQL fragments with named parameters.
 */
public final class Keyset<E> {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  private final Class<E> type;
  private final String alias;
  private final String timeField;
  private final StringBuilder where = new StringBuilder(" where 1 = 1");
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  public Keyset(Class<E> type, String alias, String timeField) {
    this.type = type;
    this.alias = alias;
    this.timeField = timeField;
  }

  public Keyset<E> and(String condition, String name, Object value) {
    where.append(" and ").append(condition);
    if (name != null) {
      parameters.put(name, value);
    }
    return this;
  }

  public Keyset<E> and(String condition) {
    where.append(" and ").append(condition);
    return this;
  }

  public Keyset<E> parameter(String name, Object value) {
    parameters.put(name, value);
    return this;
  }

  public static int limit(InputCheck check, Integer given) {
    if (given == null) {
      return DEFAULT_LIMIT;
    }
    check.require(given >= 1 && given <= MAX_LIMIT, "limit", "The limit is between 1 and " + MAX_LIMIT + ".");
    return Math.max(1, Math.min(given, MAX_LIMIT));
  }

  /**
   * Runs the query for the page after {@code cursor} ({@code sort} names the order: the field,
   * prefixed with '-' when descending) and maps each entity to what the page shows.
   */
  public <T> Page<T> page(EntityManager entityManager, String sort, String cursor, int limit,
      Function<E, Instant> time, Function<E, UUID> id, Function<E, T> view) {
    boolean descending = sort.startsWith("-");
    String t = alias + "." + timeField;
    String idPath = alias + ".id";
    String comparison = descending ? "<" : ">";
    Cursor after = Cursor.decode(cursor, sort);
    if (after != null) {
      try {
        parameters.put("afterTime", Instant.parse(after.value()));
      } catch (DateTimeParseException | NullPointerException corrupt) {
        throw Problem.invalid(List.of(new FieldError("cursor", "Unknown cursor: pass the 'next' value unchanged.")));
      }
      parameters.put("afterId", after.id());
      where.append(" and (").append(t).append(' ').append(comparison).append(" :afterTime or (")
          .append(t).append(" = :afterTime and ").append(idPath).append(' ').append(comparison).append(" :afterId))");
    }
    String direction = descending ? " desc" : " asc";
    String jpql = "select " + alias + " from " + type.getSimpleName() + " " + alias + where
        + " order by " + t + direction + ", " + idPath + direction;
    TypedQuery<E> query = entityManager.createQuery(jpql, type);
    parameters.forEach(query::setParameter);
    List<E> found = new ArrayList<>(query.setMaxResults(limit + 1).getResultList());
    String next = null;
    if (found.size() > limit) {
      found = found.subList(0, limit);
      E last = found.get(limit - 1);
      next = new Cursor(sort, time.apply(last).toString(), id.apply(last)).encode();
    }
    return new Page<>(found.stream().map(view).toList(), next);
  }
}
