package org.placette.notifications.internal.preference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.placette.actors.api.MemberContact;
import org.placette.actors.api.OrganisationMembers;
import org.placette.kernel.caller.Caller;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;
import org.placette.projects.api.ThemeTaxonomy;

/** Members' notification choices: their own through the API, everyone's for the triggers and deliveries. */
@ApplicationScoped
public class NotificationPreferences {

  private static final int LOOKUP_CHUNK = 500;

  /** The channels a member may name; INBOX is always on. */
  enum ChannelChoice {
    INBOX,
    EMAIL,
    WEBHOOK
  }

  @PersistenceContext(unitName = "notifications")
  private EntityManager entityManager;

  @Inject private Caller caller;

  @Inject private Validator validator;

  @Inject private ThemeTaxonomy themes;

  @Inject private OrganisationMembers members;

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Transactional
  public PreferenceView mine() {
    return PreferenceView.of(of(memberSubject()), memberLanguage());
  }

  @RolesAllowed({Roles.AUTHORITY_MEMBER, Roles.STARTUP_MEMBER})
  @Transactional
  public PreferenceView change(PreferenceInput input) {
    String subject = memberSubject();
    Preference chosen = checked(input);
    NotificationPreference stored = entityManager.find(NotificationPreference.class, subject);
    if (stored == null) {
      entityManager.persist(new NotificationPreference(subject, chosen, Instant.now()));
    } else {
      stored.change(chosen, Instant.now());
    }
    return PreferenceView.of(chosen, memberLanguage());
  }

  /** The choices of one member, the defaults when they made none. */
  @Transactional
  public Preference of(String subject) {
    NotificationPreference stored = entityManager.find(NotificationPreference.class, subject);
    return stored == null ? Preference.DEFAULT : stored.preference();
  }

  /** The choices of many members at once, in a few queries: a trigger may tell thousands. */
  @Transactional
  public Map<String, Preference> of(Collection<String> subjects) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(subjects));
    Map<String, Preference> found = new HashMap<>();
    for (int from = 0; from < distinct.size(); from += LOOKUP_CHUNK) {
      // Detached at once: a trigger's transaction may read thousands, which would otherwise be
      // dirty-checked again before each of its later queries.
      entityManager.createQuery("select p from NotificationPreference p where p.subject in :subjects",
              NotificationPreference.class)
          .setParameter("subjects", distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_CHUNK)))
          .getResultStream()
          .forEach(stored -> {
            found.put(stored.subject(), stored.preference());
            entityManager.detach(stored);
          });
    }
    distinct.forEach(subject -> found.putIfAbsent(subject, Preference.DEFAULT));
    return found;
  }

  /** The one-click unsubscribe from an email: the member stops receiving emails, nothing else changes. */
  @Transactional
  public void stopEmails(String subject) {
    Instant now = Instant.now();
    NotificationPreference stored = entityManager.find(NotificationPreference.class, subject);
    if (stored == null) {
      stored = new NotificationPreference(subject, Preference.DEFAULT, now);
      entityManager.persist(stored);
    }
    stored.stopEmails(now);
  }

  private Preference checked(PreferenceInput input) {
    InputCheck check = InputCheck.validate(validator, input);
    if (input == null) {
      check.orThrow();
    }
    boolean email = false;
    boolean webhook = false;
    if (input.channels() != null) {
      for (int i = 0; i < input.channels().size(); i++) {
        ChannelChoice channel = check.enumValue("channels[" + i + "]", input.channels().get(i), ChannelChoice.class);
        email |= channel == ChannelChoice.EMAIL;
        webhook |= channel == ChannelChoice.WEBHOOK;
      }
    }
    List<String> followed = new ArrayList<>();
    if (input.themes() != null) {
      for (int i = 0; i < input.themes().size(); i++) {
        String code = input.themes().get(i);
        if (themes.known(code)) {
          followed.add(code);
        } else {
          check.add("themes[" + i + "]", "Unknown theme '" + code + "'; the allowed codes are listed at /api/v1/themes.");
        }
      }
    }
    Frequency frequency = check.enumValue("frequency", input.frequency(), Frequency.class);
    EmailLanguage language = null;
    if (input.language() != null) {
      language = EmailLanguage.of(input.language()).orElse(null);
      check.require(language != null, "language", "Emails are written in fr, en or es, not '" + input.language() + "'.");
    }
    check.orThrow();
    return new Preference(email, webhook, input.minScore(), followed.stream().distinct().toList(), frequency, language);
  }

  private String memberSubject() {
    if (caller.organisationId().isEmpty()) {
      throw Problem.forbidden("Only a member of an organisation receives notifications.");
    }
    return caller.subject();
  }

  private String memberLanguage() {
    return members.bySubject(caller.subject()).map(MemberContact::language).orElse(null);
  }
}
