package org.placette.matchmaking.internal.profile;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.placette.matchmaking.internal.analysis.AnalyzerNames;
import org.placette.matchmaking.internal.analysis.Language;

/**
 * The searchable copy of a need or a solution, identified by the id of the item it describes.
 * Matchmaking owns it so that scoring never reads another module's tables. It holds the original
 * text and, once Apertium has run, its translations; the index carries every language in that
 * language's fields ({@code title_fr}, {@code text_fr}, ...), the concepts found in any of them,
 * and what filters and factors need (status, country, region, TRL).
 */
@Entity
@Table(name = "matchmaking_profile")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "side", length = 16)
public abstract class MatchProfile {

  @Id private UUID id;

  @KeywordField(name = "external_ref")
  @Column(name = "external_ref", length = 64)
  private String externalRef;

  @GenericField(name = "owner")
  @Column(name = "owner_id")
  private UUID ownerId;

  @Enumerated(EnumType.STRING)
  @KeywordField
  @Column(nullable = false, length = 16)
  private ProfileStatus status = ProfileStatus.PUBLISHED;

  @KeywordField(name = "language", aggregable = Aggregable.YES)
  @Column(name = "original_language", nullable = false, length = 2)
  private String originalLanguage;

  @Column(nullable = false, length = 600)
  private String title;

  @Column(nullable = false, length = 25000)
  private String body;

  @Column(name = "title_fr", length = 800)
  private String titleFr;

  @Column(name = "body_fr", length = 40000)
  private String bodyFr;

  @Column(name = "title_en", length = 800)
  private String titleEn;

  @Column(name = "body_en", length = 40000)
  private String bodyEn;

  @Column(name = "title_es", length = 800)
  private String titleEs;

  @Column(name = "body_es", length = 40000)
  private String bodyEs;

  @Enumerated(EnumType.STRING)
  @Column(name = "translation_state", nullable = false, length = 16)
  private TranslationState translationState = TranslationState.PENDING;

  @FullTextField(analyzer = AnalyzerNames.CONCEPTS)
  @Column(nullable = false, length = 4000)
  private String concepts = "";

  @FullTextField(analyzer = AnalyzerNames.CONCEPTS)
  @Column(nullable = false, length = 1000)
  private String themes = "";

  @Column(name = "thesaurus_version", length = 16)
  private String thesaurusVersion;

  @KeywordField(normalizer = AnalyzerNames.FOLDED_KEYWORD, aggregable = Aggregable.YES)
  @Column(length = 2)
  private String country;

  @KeywordField(normalizer = AnalyzerNames.FOLDED_KEYWORD, aggregable = Aggregable.YES)
  @Column(length = 200)
  private String region;

  @GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES)
  private Integer trl;

  @KeywordField(aggregable = Aggregable.YES)
  @Column(nullable = false, length = 16)
  private String visibility = "PUBLIC";

  @Column(length = 200)
  private String label;

  @Column(name = "theme_codes", nullable = false, length = 400)
  private String themeCodes = "";

  @OptimisticLock(excluded = true)
  @Column(name = "matches_due_at")
  private Instant matchesDueAt;

  @OptimisticLock(excluded = true)
  @Column(name = "announce_matches", nullable = false)
  private boolean announceMatches;

  @OptimisticLock(excluded = true)
  @Column(name = "matches_claimed_until")
  private Instant matchesClaimedUntil;

  @OptimisticLock(excluded = true)
  @Column(name = "translation_claimed_until")
  private Instant translationClaimedUntil;

  @Version private long version;

  protected MatchProfile() {}

  protected MatchProfile(UUID id, String originalLanguage, String title, String body) {
    this.id = Objects.requireNonNull(id, "id");
    this.originalLanguage = Language.ofCode(originalLanguage)
        .orElseThrow(() -> new IllegalArgumentException("Unsupported language: " + originalLanguage)).code();
    rewrite(title, body);
  }

  /** New original text: the translations no longer say the same, so they go until redone. */
  public void rewrite(String title, String body) {
    this.title = requireText(title, "title");
    this.body = requireText(body, "body");
    for (Language language : Language.values()) {
      setTranslation(language, null, null);
    }
    translationState = TranslationState.PENDING;
    translationClaimedUntil = null;
  }

  /** Whether the original already reads so: an update that leaves the text alone keeps its translations. */
  public boolean reads(String otherTitle, String otherBody) {
    return title.equals(otherTitle) && body.equals(otherBody);
  }

  /**
   * Stores machine translations of the original. Languages left out stay missing; the state says
   * whether every other language is now there.
   */
  public void translated(Map<Language, String[]> titleAndBodyByLanguage) {
    titleAndBodyByLanguage.forEach((language, titleAndBody) -> {
      if (language != originalLanguage()) {
        setTranslation(language, titleAndBody[0], titleAndBody[1]);
      }
    });
    boolean complete = Arrays.stream(Language.values()).allMatch(language -> titleIn(language) != null);
    translationState = complete ? TranslationState.TRANSLATED : TranslationState.DEGRADED;
    translationClaimedUntil = null;
  }

  /** The concepts and themes found in every language version, by a given thesaurus version. */
  public void conceptsFound(Collection<String> conceptIds, Collection<String> themeNames, String thesaurus) {
    this.concepts = String.join(" ", new LinkedHashSet<>(conceptIds));
    this.themes = String.join(" ", new LinkedHashSet<>(themeNames));
    this.thesaurusVersion = thesaurus;
  }

  /** The item's id in an imported collection (or null), its owning organisation, and the name people know it by. */
  public void identify(String externalRef, UUID ownerId, String label) {
    this.externalRef = externalRef;
    this.ownerId = ownerId;
    this.label = label;
  }

  public void locate(String country, String region) {
    this.country = country;
    this.region = region;
  }

  public void mature(Integer trl) {
    if (trl != null && (trl < 1 || trl > 9)) {
      throw new IllegalArgumentException("TRL must be between 1 and 9, was " + trl);
    }
    this.trl = trl;
  }

  /** Who may see it (PUBLIC, or VERIFIED_MEMBERS for needs shown to verified organisations only). */
  public void showTo(String visibility) {
    this.visibility = Objects.requireNonNull(visibility, "visibility");
  }

  /** Codes of the platform's published themes, as the author chose them. */
  public void classify(Collection<String> codes) {
    this.themeCodes = String.join(" ", new LinkedHashSet<>(codes));
  }

  public void publish() {
    status = ProfileStatus.PUBLISHED;
  }

  /** Leaves the results; its matches are withdrawn by the next computation, due at once. */
  public void archive() {
    status = ProfileStatus.ARCHIVED;
    matchesDueAt = Instant.now();
    announceMatches = false;
  }

  /**
   * Asks for this profile's matches to be computed at {@code due} at the latest. {@code announce}:
   * the item itself changed, so matches found are news to tell; otherwise only a candidate
   * changed and its matches are merely refreshed. An earlier request is kept, and so is a pending
   * announcement.
   */
  public void matchesDue(Instant due, boolean announce) {
    if (matchesDueAt == null || due.isBefore(matchesDueAt)) {
      matchesDueAt = due;
    }
    announceMatches = announceMatches || announce;
  }

  /** Leases the pending computation of matches to one instance until {@code until}. */
  public void claimMatchesUntil(Instant until) {
    matchesClaimedUntil = until;
  }

  /** The matches were computed from this version of the profile. */
  public void matchesComputed() {
    matchesDueAt = null;
    announceMatches = false;
    matchesClaimedUntil = null;
  }

  /**
   * The matches were computed from an older version: they stay due, and the lease ends now, so the
   * newer version is computed at the next round instead of when the lease would have run out.
   */
  public void matchesOutdated() {
    matchesClaimedUntil = null;
  }

  /** Leases the pending translation to one instance until {@code until}. */
  public void claimTranslationUntil(Instant until) {
    translationClaimedUntil = until;
  }

  public UUID id() {
    return id;
  }

  public abstract Side side();

  public String externalRef() {
    return externalRef;
  }

  public UUID ownerId() {
    return ownerId;
  }

  /** The need's or solution's title as its author wrote it. */
  public String label() {
    return label != null ? label : title;
  }

  public String visibility() {
    return visibility;
  }

  public List<String> themeCodes() {
    return themeCodes.isBlank() ? List.of() : List.of(themeCodes.split(" "));
  }

  public Set<String> themes() {
    return themes.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(themes.split(" ")));
  }

  public String country() {
    return country;
  }

  public String region() {
    return region;
  }

  public Integer trl() {
    return trl;
  }

  public boolean announceMatches() {
    return announceMatches;
  }

  public Instant matchesDueAt() {
    return matchesDueAt;
  }

  public Instant matchesClaimedUntil() {
    return matchesClaimedUntil;
  }

  public long version() {
    return version;
  }

  @KeywordField(name = "type", aggregable = Aggregable.YES)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public String getTypeForIndex() {
    return side() == Side.NEED ? "need" : "solution";
  }

  @KeywordField(name = "theme", aggregable = Aggregable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "themeCodes")))
  public List<String> getThemeCodesForIndex() {
    return themeCodes();
  }

  public ProfileStatus status() {
    return status;
  }

  public TranslationState translationState() {
    return translationState;
  }

  public Language originalLanguage() {
    return Language.ofCode(originalLanguage).orElseThrow();
  }

  public Set<String> concepts() {
    return concepts.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(concepts.split(" ")));
  }

  /** The title in a language: the original, a translation, or null while it is missing. */
  public String titleIn(Language language) {
    if (language == originalLanguage()) {
      return title;
    }
    return switch (language) {
      case FR -> titleFr;
      case EN -> titleEn;
      case ES -> titleEs;
    };
  }

  public String bodyIn(Language language) {
    if (language == originalLanguage()) {
      return body;
    }
    return switch (language) {
      case FR -> bodyFr;
      case EN -> bodyEn;
      case ES -> bodyEs;
    };
  }

  /** Every language the profile has a text in, original first. */
  public Map<Language, String[]> texts() {
    Map<Language, String[]> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      if (titleIn(language) != null) {
        texts.put(language, new String[] {titleIn(language), bodyIn(language)});
      }
    }
    return texts;
  }

  // Index fields per language: the original or the translation, whichever this language has.

  @FullTextField(name = "title_fr", analyzer = AnalyzerNames.FRENCH_TEXT)
  @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
      @ObjectPath(@PropertyValue(propertyName = "titleFr"))})
  public String getTitleInFrench() {
    return titleIn(Language.FR);
  }

  @FullTextField(name = "text_fr", analyzer = AnalyzerNames.FRENCH_TEXT, projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
      @ObjectPath(@PropertyValue(propertyName = "body")), @ObjectPath(@PropertyValue(propertyName = "titleFr")),
      @ObjectPath(@PropertyValue(propertyName = "bodyFr"))})
  public String getTextInFrench() {
    return whole(Language.FR);
  }

  @FullTextField(name = "title_en", analyzer = AnalyzerNames.ENGLISH_TEXT)
  @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
      @ObjectPath(@PropertyValue(propertyName = "titleEn"))})
  public String getTitleInEnglish() {
    return titleIn(Language.EN);
  }

  @FullTextField(name = "text_en", analyzer = AnalyzerNames.ENGLISH_TEXT, projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
      @ObjectPath(@PropertyValue(propertyName = "body")), @ObjectPath(@PropertyValue(propertyName = "titleEn")),
      @ObjectPath(@PropertyValue(propertyName = "bodyEn"))})
  public String getTextInEnglish() {
    return whole(Language.EN);
  }

  @FullTextField(name = "title_es", analyzer = AnalyzerNames.SPANISH_TEXT)
  @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
      @ObjectPath(@PropertyValue(propertyName = "titleEs"))})
  public String getTitleInSpanish() {
    return titleIn(Language.ES);
  }

  @FullTextField(name = "text_es", analyzer = AnalyzerNames.SPANISH_TEXT, projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
      @ObjectPath(@PropertyValue(propertyName = "body")), @ObjectPath(@PropertyValue(propertyName = "titleEs")),
      @ObjectPath(@PropertyValue(propertyName = "bodyEs"))})
  public String getTextInSpanish() {
    return whole(Language.ES);
  }

  private String whole(Language language) {
    String inTitle = titleIn(language);
    return inTitle == null ? null : inTitle + "\n" + bodyIn(language);
  }

  private void setTranslation(Language language, String translatedTitle, String translatedBody) {
    switch (language) {
      case FR -> {
        titleFr = translatedTitle;
        bodyFr = translatedBody;
      }
      case EN -> {
        titleEn = translatedTitle;
        bodyEn = translatedBody;
      }
      case ES -> {
        titleEs = translatedTitle;
        bodyEs = translatedBody;
      }
    }
  }

  private static String requireText(String text, String name) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return text;
  }
}
