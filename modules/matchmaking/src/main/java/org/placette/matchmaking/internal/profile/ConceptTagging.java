package org.placette.matchmaking.internal.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.placette.matchmaking.internal.concept.ConceptExtractor;
import org.placette.matchmaking.internal.concept.ConceptMatch;

/** Finds the thesaurus concepts in every language version of a profile, for its language-neutral index field. */
@ApplicationScoped
public class ConceptTagging {

  @Inject private ConceptExtractor extractor;

  public void tag(MatchProfile profile) {
    Set<String> concepts = new LinkedHashSet<>();
    Set<String> themes = new TreeSet<>();
    profile.texts().forEach((language, titleAndBody) -> {
      for (String text : titleAndBody) {
        for (ConceptMatch match : extractor.extract(text, language)) {
          concepts.add(match.conceptId());
          themes.add(match.theme());
        }
      }
    });
    profile.conceptsFound(concepts, themes, extractor.thesaurus().version());
  }
}
