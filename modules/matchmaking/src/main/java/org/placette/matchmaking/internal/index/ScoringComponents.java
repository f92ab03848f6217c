package org.placette.matchmaking.internal.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.placette.matchmaking.internal.analysis.TextAnalyzers;
import org.placette.matchmaking.internal.concept.ConceptExtractor;
import org.placette.matchmaking.internal.concept.ConceptThesaurus;
import org.placette.matchmaking.internal.scoring.ProfileFactory;
import org.placette.matchmaking.internal.scoring.ScorerSettings;

/**
 * The container-free scorer core, made once per application: analyzers, thesaurus, profile
 * factory, settings. Singletons rather than application-scoped: they are final, immutable classes
 * that need no client proxy.
 */
@ApplicationScoped
public class ScoringComponents {

  @Produces
  @Singleton
  TextAnalyzers analyzers() {
    return new TextAnalyzers();
  }

  void close(@Disposes TextAnalyzers analyzers) {
    analyzers.close();
  }

  @Produces
  @Singleton
  ConceptThesaurus thesaurus() {
    return ConceptThesaurus.current();
  }

  @Produces
  @Singleton
  ConceptExtractor extractor(ConceptThesaurus thesaurus, TextAnalyzers analyzers) {
    return new ConceptExtractor(thesaurus, analyzers);
  }

  @Produces
  @Singleton
  ProfileFactory profileFactory(ConceptExtractor extractor, TextAnalyzers analyzers) {
    return new ProfileFactory(extractor, analyzers);
  }

  @Produces
  @Singleton
  ScorerSettings settings() {
    return ScorerSettings.defaults();
  }
}
