package org.placette.projects.internal.need;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.placette.kernel.problem.InputCheck;
import org.placette.projects.api.Visibility;
import org.placette.projects.internal.common.PlainText;
import org.placette.projects.internal.common.TextLanguages;
import org.placette.projects.internal.common.TextRules;
import org.placette.projects.internal.theme.Themes;

/** Turns a {@link NeedInput} into {@link NeedContent}, reporting every wrong field at once. */
final class NeedInputs {

  private NeedInputs() {}

  /** The checked content, and the language the author gave (null: to be detected). */
  record Checked(NeedContent content, String givenLanguage) {}

  static Checked check(Validator validator, NeedInput input, LocalDate today) {
    InputCheck check = InputCheck.validate(validator, input);
    if (input == null) {
      check.orThrow();
    }
    TextRules.plain(check, "title", input.title());
    TextRules.plain(check, "problemStatement", input.problemStatement());
    TextRules.plain(check, "context", input.context());
    TextRules.plain(check, "expectedOutcomes", input.expectedOutcomes());
    TextRules.plain(check, "constraints", input.constraints());
    List<String> themes = themes(check, "themes", input.themes());
    Territory territory = null;
    if (input.territory() != null) {
      NeedInput.TerritoryInput t = input.territory();
      TextRules.plain(check, "territory.region", t.region());
      TextRules.plain(check, "territory.municipality", t.municipality());
      check.require((t.latitude() == null) == (t.longitude() == null), "territory",
          "Give both latitude and longitude, or neither.");
      if (t.country() != null && t.country().matches("[A-Z]{2}") && (t.latitude() == null) == (t.longitude() == null)) {
        territory = new Territory(t.country(), PlainText.clean(t.region()), PlainText.clean(t.municipality()),
            t.latitude(), t.longitude());
      }
    }
    PopulationBand band = check.enumValue("populationBand", input.populationBand(), PopulationBand.class);
    Visibility visibility = check.enumValue("visibility", input.visibility(), Visibility.class);
    Long min = null;
    Long max = null;
    String currency = null;
    if (input.budget() != null) {
      min = input.budget().min();
      max = input.budget().max();
      check.require(min != null || max != null, "budget", "Give a minimum, a maximum or both.");
      check.require(min == null || max == null || min <= max, "budget.max", "The maximum is at least the minimum.");
      currency = input.budget().currency() == null ? "EUR" : input.budget().currency();
    }
    LocalDate deadline = null;
    if (input.deadline() != null) {
      try {
        deadline = LocalDate.parse(input.deadline().strip());
        check.require(!deadline.isBefore(today), "deadline", "The deadline is today or later.");
      } catch (DateTimeParseException unreadable) {
        check.add("deadline", "Use an ISO date such as 2027-03-31.");
      }
    }
    String language = PlainText.clean(input.language());
    if (language != null && !TextLanguages.supported(language)) {
      check.add("language", TextLanguages.unsupportedMessage(language));
    }
    UUID callId = null;
    if (input.callId() != null) {
      try {
        callId = UUID.fromString(input.callId().strip());
      } catch (IllegalArgumentException unreadable) {
        check.add("callId", "Not an id: use the id of one of your calls for solutions.");
      }
    }
    check.orThrow();
    return new Checked(new NeedContent(input.title().strip(), input.problemStatement().strip(),
        PlainText.clean(input.context()), PlainText.clean(input.expectedOutcomes()),
        PlainText.clean(input.constraints()), themes, territory, band, min, max, currency, deadline,
        visibility == null ? Visibility.PUBLIC : visibility, callId), language);
  }

  static List<String> themes(InputCheck check, String field, List<String> given) {
    if (given == null) {
      return List.of();
    }
    LinkedHashSet<String> themes = new LinkedHashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String code = given.get(i);
      if (!Themes.known(code)) {
        check.add(field + "[" + i + "]", Themes.unknownMessage(code));
      } else {
        themes.add(code);
      }
    }
    return new ArrayList<>(themes);
  }
}
