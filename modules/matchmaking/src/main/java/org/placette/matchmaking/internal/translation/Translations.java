package org.placette.matchmaking.internal.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.placette.matchmaking.internal.analysis.Language;

/**
 * The platform's machine translation. Checks Apertium once at start and says plainly when
 * cross-lingual matching will be degraded; the platform runs either way, matching within each
 * item's own language until the missing pairs are installed.
 */
@ApplicationScoped
public class Translations {

  private static final Logger LOG = Logger.getLogger(Translations.class.getName());

  @Inject
  @ConfigProperty(name = "matchmaking.apertium.command", defaultValue = "apertium")
  String command;

  @Inject
  @ConfigProperty(name = "matchmaking.translation.timeout-seconds", defaultValue = "10")
  int timeoutSeconds;

  private volatile ApertiumTranslator translator;
  private volatile TranslationStatus status;

  void checkOnStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    refreshStatus();
  }

  /** Asks Apertium again, for instance after the packages were installed on a running server. */
  public TranslationStatus refreshStatus() {
    TranslationStatus checked = translator().status();
    status = checked;
    if (checked.degraded()) {
      LOG.warning(() -> "Cross-lingual matching is degraded: " + checked.problem()
          + ". Needs and solutions match within their own language only. Install the Debian packages"
          + " apertium, apertium-fr-es and apertium-eng-spa (./placette apertium install), then restart.");
    } else {
      LOG.fine("Apertium has every mode cross-lingual matching needs");
    }
    return checked;
  }

  public TranslationStatus status() {
    TranslationStatus known = status;
    return known != null ? known : refreshStatus();
  }

  /**
   * Many texts of one language into each other language Apertium can reach, in as few runs as
   * their length allows: the list for a language holds the translations in the texts' order. A
   * direction it cannot serve is left out, so the caller stores what exists and the item stays
   * matchable in its own language.
   */
  public Map<Language, List<String>> intoOtherLanguages(List<String> texts, Language original)
      throws TranslationUnavailableException {
    Map<Language, List<String>> translations = new EnumMap<>(Language.class);
    TranslationStatus current = status();
    // French and English pivot through Spanish: the Spanish version, made anyway, is translated
    // on, instead of translating the original into Spanish a second time (a third of the work).
    if (original != Language.ES && current.canTranslate(original, Language.ES)) {
      translations.put(Language.ES, translator().translate(texts, original, Language.ES));
    }
    for (Language target : Language.values()) {
      if (target != original && !translations.containsKey(target) && current.canTranslate(original, target)) {
        List<String> spanish = translations.get(Language.ES);
        translations.put(target, spanish != null
            ? translator().translate(spanish, Language.ES, target)
            : translator().translate(texts, original, target));
      }
    }
    return translations;
  }

  private ApertiumTranslator translator() {
    ApertiumTranslator current = translator;
    if (current == null) {
      current = new ApertiumTranslator(command, Duration.ofSeconds(timeoutSeconds));
      translator = current;
    }
    return current;
  }
}
