package org.placette.matchmaking.internal.translation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.placette.matchmaking.internal.analysis.Language;

/**
 * What the machine translation can do on this machine: which Apertium modes are installed and so
 * which language directions work. Cross-lingual matching is degraded when any is missing.
 */
public record TranslationStatus(boolean apertiumFound, Set<String> installedModes, Set<String> missingModes, String problem) {

  public TranslationStatus {
    installedModes = Set.copyOf(installedModes);
    missingModes = Set.copyOf(missingModes);
  }

  static TranslationStatus of(Set<String> installedModes) {
    Set<String> missing = new TreeSet<>(ApertiumTranslator.REQUIRED_MODES);
    missing.removeAll(installedModes);
    return new TranslationStatus(true, installedModes, missing, missing.isEmpty() ? null : "Apertium modes missing: " + String.join(", ", missing));
  }

  static TranslationStatus unavailable(String problem) {
    return new TranslationStatus(false, Set.of(), new TreeSet<>(ApertiumTranslator.REQUIRED_MODES), problem);
  }

  public boolean degraded() {
    return !missingModes.isEmpty();
  }

  /** Whether every mode on the way from one language to the other is installed. */
  public boolean canTranslate(Language from, Language to) {
    List<String> route = ApertiumTranslator.route(from, to);
    return !route.isEmpty() && installedModes.containsAll(route);
  }
}
