package org.placette.projects.internal.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.placette.actors.api.ImportedOrganisation;
import org.placette.actors.api.OrganisationDirectory;
import org.placette.actors.api.OrganisationView;
import org.placette.projects.internal.common.ImportCounts;
import org.placette.projects.internal.need.ImportedNeed;
import org.placette.projects.internal.need.NeedImporter;
import org.placette.projects.internal.solution.ImportedSolution;
import org.placette.projects.internal.solution.SolutionImporter;

/** Writes one batch of an import per transaction, so a large collection never holds one huge transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportWriter {

  @Inject private OrganisationDirectory directory;
  @Inject private NeedImporter needs;
  @Inject private SolutionImporter solutions;

  /** The organisations as the directory now knows them; {@code created} counts those that were new. */
  public record Organisations(List<OrganisationView> views, ImportCounts counts) {}

  public Organisations organisations(List<ImportedOrganisation> batch) {
    int created = 0;
    List<OrganisationView> views = new java.util.ArrayList<>();
    for (ImportedOrganisation organisation : batch) {
      var existing = directory.findByExternalRef(organisation.externalRef());
      if (existing.isPresent()) {
        views.add(existing.get());
      } else {
        views.add(directory.importVerified(organisation));
        created++;
      }
    }
    return new Organisations(views, new ImportCounts(created, batch.size() - created));
  }

  public ImportCounts needs(List<ImportedNeed> batch, String author) {
    return needs.importAll(batch, author);
  }

  public ImportCounts solutions(List<ImportedSolution> batch) {
    return solutions.importAll(batch);
  }
}
