package org.placette.projects.internal.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.placette.actors.api.ImportedOrganisation;
import org.placette.actors.api.OrganisationDirectory;
import org.placette.actors.api.OrganisationKind;
import org.placette.actors.api.OrganisationView;
import org.placette.kernel.caller.Roles;
import org.placette.kernel.problem.InputCheck;
import org.placette.kernel.problem.Problem;
import org.placette.projects.api.events.CollectionImportEnded;
import org.placette.projects.api.events.CollectionImportStarted;
import org.placette.projects.internal.common.BodyLimitFilter;
import org.placette.projects.internal.common.ImportCounts;
import org.placette.projects.internal.common.LanguageDetection;
import org.placette.projects.internal.common.TextLanguages;
import org.placette.projects.internal.need.ImportedNeed;
import org.placette.projects.internal.solution.ImportedSolution;
import org.placette.projects.internal.theme.Themes;

/**
 * Imports a collection (the format of the matchmaking development set) as verified organisations,
 * published needs and published solutions, each keeping the file's id as its externalRef.
 *
 * <p>The body is spooled to a temporary file while it is counted, then read twice, item by item:
 * the first pass checks everything (shape, limits, references), so a wrong file stores nothing and
 * the answer lists every wrong field; the second writes in batches, one transaction each, so memory
 * and transaction size stay flat whatever the file's size. Importing the same file again finds every
 * externalRef already there and changes nothing. Should the database fail half-way, sending the file
 * again completes it.
 *
 * <p>Extensions of the format: an organisation may carry {@code placetteId} (the platform id to give
 * it, as the demo data does for the demo users' organisations) and a startup {@code kind} (STARTUP, COMPANY, RESEARCH_LAB); needs and
 * solutions may carry {@code themes}. A missing {@code language} is detected.
 */
@ApplicationScoped
public class CollectionImport {

  static final int BATCH = 250;
  private static final int MAX_ERRORS = 100;
  private static final Logger LOG = Logger.getLogger(CollectionImport.class.getName());

  @Inject private ImportWriter writer;
  @Inject private OrganisationDirectory directory;
  @Inject private LanguageDetection languages;
  @Inject private Event<CollectionImportStarted> importStarted;
  @Inject private Event<CollectionImportEnded> importEnded;

  @Inject
  @ConfigProperty(name = "projects.import.max-bytes", defaultValue = "536870912")
  long maxBytes;

  /** A referenced organisation: what needs and solutions take from it. */
  private record Party(UUID id, OrganisationKind kind, String country, String region, String city, Integer population) {}

  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public ImportReport run(InputStream body, String author) {
    long started = System.nanoTime();
    UUID importId = UUID.randomUUID();
    importStarted.fire(new CollectionImportStarted(importId));
    Path spool = null;
    try {
      spool = Files.createTempFile("placette-import-", ".json");
      long bytes = spool(body, spool);
      Checked checked = check(spool);
      ImportReport report = write(spool, checked, author, bytes, started);
      LOG.info(() -> "Imported " + bytes + " bytes in " + report.millis() + " ms: " + report);
      return report;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } finally {
      importEnded.fire(new CollectionImportEnded(importId));
      if (spool != null) {
        try {
          Files.deleteIfExists(spool);
        } catch (IOException ignored) {
          // A temporary file left behind is removed with the server's temp folder.
        }
      }
    }
  }

  private long spool(InputStream body, Path spool) throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(spool)) {
      int read;
      while ((read = body.read(buffer)) >= 0) {
        total += read;
        if (total > maxBytes) {
          throw BodyLimitFilter.tooLarge(maxBytes);
        }
        out.write(buffer, 0, read);
      }
    }
    if (total == 0) {
      throw new Problem(400, "malformed-request", "Malformed request", "The collection is empty.");
    }
    return total;
  }

  /** What the first pass learnt: the organisations to import and every referenced one. */
  private static final class Checked {
    final List<ImportedOrganisation> authorities = new ArrayList<>();
    final List<ImportedOrganisation> startups = new ArrayList<>();
    final Map<String, Integer> populations = new HashMap<>();
    final Map<String, OrganisationKind> inFile = new HashMap<>();
    final Map<String, Optional<OrganisationView>> known = new HashMap<>();
    /** References to organisations, checked once the whole file is read: the sections may come in any order. */
    final List<Reference> references = new ArrayList<>();
  }

  private record Reference(String ref, String field, java.util.function.Predicate<OrganisationKind> allowed, String what) {}

  private Checked check(Path spool) throws IOException {
    Checked checked = new Checked();
    InputCheck check = InputCheck.start();
    Map<String, Set<String>> refs = new HashMap<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(spool))) {
      CollectionReader.read(in, (section, index, item) -> {
        if (check.errors().size() >= MAX_ERRORS) {
          return;
        }
        String path = section + "[" + index + "]";
        ItemFields fields = new ItemFields(item, path, check);
        String ref = fields.text("id", true, 1, 64);
        if (ref != null && !refs.computeIfAbsent(section, s -> new HashSet<>()).add(ref)) {
          check.add(path + ".id", "Id " + ref + " appears twice in " + section + ".");
        }
        switch (section) {
          case "authorities", "startups" -> organisation(section, fields, item, ref, path, check, checked);
          case "needs" -> need(fields, check, path, checked, null);
          default -> solution(fields, check, path, checked, null);
        }
      });
    }
    for (Reference reference : checked.references) {
      if (check.errors().size() >= MAX_ERRORS) {
        break;
      }
      reference(reference, check, checked);
    }
    check.orThrow();
    return checked;
  }

  private void organisation(String section, ItemFields fields, JsonObject item, String ref, String path,
      InputCheck check, Checked checked) {
    String name = fields.text("name", true, 1, 200);
    String country = fields.code("country", true, "[A-Z]{2}", "An ISO 3166-1 alpha-2 code such as FR.");
    String region = fields.text("region", false, 0, 200);
    String city = fields.text("city", false, 0, 200);
    Long population = fields.number("population", 0, 100_000_000);
    String language = fields.code("language", false, "[a-z]{2}", "An ISO 639-1 code such as fr.");
    String website = fields.text("website", false, 0, 500);
    String placetteId = fields.text("placetteId", false, 0, 36);
    UUID id = null;
    if (placetteId != null) {
      try {
        id = UUID.fromString(placetteId);
        UUID fixed = id;
        directory.find(fixed).filter(existing -> !String.valueOf(existing.externalRef()).equals(ref)).ifPresent(
            other -> check.add(path + ".placetteId", "Organisation " + fixed + " exists already, under id "
                + other.externalRef() + " in its collection."));
      } catch (IllegalArgumentException unreadable) {
        check.add(path + ".placetteId", "Not a UUID.");
      }
    }
    OrganisationKind kind = OrganisationKind.LOCAL_AUTHORITY;
    if (section.equals("startups")) {
      String given = fields.text("kind", false, 0, 32);
      kind = given == null ? OrganisationKind.STARTUP
          : check.enumValue(path + ".kind", given, OrganisationKind.class);
      if (kind != null && !kind.offersSolutions()) {
        check.add(path + ".kind", "A startup entry is a STARTUP, COMPANY or RESEARCH_LAB.");
      }
    }
    if (ref == null || name == null || country == null || kind == null) {
      return;
    }
    ImportedOrganisation organisation = new ImportedOrganisation(id, ref, kind, name, country, region, city,
        population == null ? null : population.intValue(), language, website);
    (section.equals("startups") ? checked.startups : checked.authorities).add(organisation);
    checked.inFile.put(ref, kind);
    if (population != null) {
      checked.populations.put(ref, population.intValue());
    }
  }

  /** Checks a need (pass 1, {@code parties} null) or builds it (pass 2). */
  private ImportedNeed need(ItemFields fields, InputCheck check, String path, Checked checked,
      Map<String, Party> parties) {
    String ref = fields.text("id", true, 1, 64);
    String authority = fields.text("authority", true, 1, 64);
    String language = language(fields, check, path);
    String title = fields.text("title", true, 3, 200);
    String description = fields.text("description", true, 20, 10_000);
    Long budget = fields.number("budgetEur", 0, Long.MAX_VALUE);
    LocalDate deadline = fields.date("deadline");
    List<String> themes = themes(fields, check, path);
    if (parties == null) {
      if (authority != null) {
        checked.references.add(new Reference(authority, path + ".authority", OrganisationKind::publishesNeeds,
            "a local authority"));
      }
      return null;
    }
    Party owner = parties.get(authority);
    boolean detected = language == null;
    return new ImportedNeed(ref, owner.id(), detected ? detect(title + ". " + description) : language, detected, title,
        description, themes, owner.country(), owner.region(), owner.city(), owner.population(), budget, deadline);
  }

  private ImportedSolution solution(ItemFields fields, InputCheck check, String path, Checked checked,
      Map<String, Party> parties) {
    String ref = fields.text("id", true, 1, 64);
    String startup = fields.text("startup", true, 1, 64);
    String language = language(fields, check, path);
    String title = fields.text("title", true, 3, 200);
    String summary = fields.text("summary", true, 10, 300);
    String description = fields.text("description", true, 20, 5000);
    Long trl = fields.number("trl", 1, 9);
    if (trl == null && parties == null) {
      check.require(false, path + ".trl", "TRL is required: 1 to 9.");
    }
    List<String> references = fields.texts("references", 50, 200);
    List<String> themes = themes(fields, check, path);
    if (parties == null) {
      if (startup != null) {
        checked.references.add(new Reference(startup, path + ".startup", OrganisationKind::offersSolutions,
            "a startup or company"));
      }
      return null;
    }
    Party owner = parties.get(startup);
    boolean detected = language == null;
    return new ImportedSolution(ref, owner.id(),
        detected ? detect(title + ". " + summary + " " + description) : language, detected, title, summary,
        description, themes, trl.intValue(), references, List.of(owner.country()));
  }

  private String language(ItemFields fields, InputCheck check, String path) {
    String language = fields.text("language", false, 0, 8);
    if (language != null && !TextLanguages.supported(language)) {
      check.add(path + ".language", TextLanguages.unsupportedMessage(language));
      return null;
    }
    return language;
  }

  private static List<String> themes(ItemFields fields, InputCheck check, String path) {
    List<String> themes = fields.texts("themes", 5, 40);
    for (int i = 0; i < themes.size(); i++) {
      if (!Themes.known(themes.get(i))) {
        check.add(path + ".themes[" + i + "]", Themes.unknownMessage(themes.get(i)));
      }
    }
    return themes.stream().filter(Themes::known).distinct().toList();
  }

  private void reference(Reference reference, InputCheck check, Checked checked) {
    String ref = reference.ref();
    String field = reference.field();
    OrganisationKind kind = checked.inFile.get(ref);
    if (kind == null) {
      kind = checked.known.computeIfAbsent(ref, directory::findByExternalRef).map(OrganisationView::kind).orElse(null);
    }
    if (kind == null) {
      check.add(field, "Unknown organisation " + ref + ": list it in the file, or import it first.");
    } else if (!reference.allowed().test(kind)) {
      check.add(field, ref + " is a " + kind + ", not " + reference.what() + ".");
    }
  }

  private String detect(String text) {
    return languages.detect(text).orElse("fr");
  }

  private ImportReport write(Path spool, Checked checked, String author, long bytes, long started) throws IOException {
    Map<String, Party> parties = new HashMap<>();
    ImportCounts authorities = organisations(checked.authorities, checked, parties);
    ImportCounts startups = organisations(checked.startups, checked, parties);
    checked.known.forEach((ref, view) -> view.ifPresent(v -> parties.putIfAbsent(ref, party(v, null))));

    ImportCounts[] needs = {ImportCounts.NONE};
    ImportCounts[] solutions = {ImportCounts.NONE};
    List<ImportedNeed> needBatch = new ArrayList<>(BATCH);
    List<ImportedSolution> solutionBatch = new ArrayList<>(BATCH);
    InputCheck unused = InputCheck.start();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(spool))) {
      CollectionReader.read(in, (section, index, item) -> {
        String path = section + "[" + index + "]";
        ItemFields fields = new ItemFields(item, path, unused);
        if (section.equals("needs")) {
          needBatch.add(need(fields, unused, path, checked, parties));
          if (needBatch.size() == BATCH) {
            needs[0] = needs[0].plus(writer.needs(List.copyOf(needBatch), author));
            needBatch.clear();
          }
        } else if (section.equals("solutions")) {
          solutionBatch.add(solution(fields, unused, path, checked, parties));
          if (solutionBatch.size() == BATCH) {
            solutions[0] = solutions[0].plus(writer.solutions(List.copyOf(solutionBatch)));
            solutionBatch.clear();
          }
        }
      });
    }
    if (!needBatch.isEmpty()) {
      needs[0] = needs[0].plus(writer.needs(needBatch, author));
    }
    if (!solutionBatch.isEmpty()) {
      solutions[0] = solutions[0].plus(writer.solutions(solutionBatch));
    }
    return new ImportReport(authorities, startups, needs[0], solutions[0], bytes,
        (System.nanoTime() - started) / 1_000_000);
  }

  private ImportCounts organisations(List<ImportedOrganisation> all, Checked checked, Map<String, Party> parties) {
    ImportCounts counts = ImportCounts.NONE;
    for (int from = 0; from < all.size(); from += BATCH) {
      ImportWriter.Organisations written = writer.organisations(all.subList(from, Math.min(all.size(), from + BATCH)));
      counts = counts.plus(written.counts());
      for (OrganisationView view : written.views()) {
        parties.put(view.externalRef(), party(view, checked.populations.get(view.externalRef())));
      }
    }
    return counts;
  }

  private static Party party(OrganisationView view, Integer population) {
    return new Party(view.id(), view.kind(), view.country(), view.region(), view.city(), population);
  }
}
