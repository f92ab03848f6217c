package org.placette.actors.internal.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.placette.actors.api.ImportedOrganisation;
import org.placette.actors.api.OrganisationDirectory;
import org.placette.actors.api.OrganisationView;
import org.placette.actors.api.VerificationStatus;

@ApplicationScoped
@Transactional
class JpaOrganisationDirectory implements OrganisationDirectory {

  @PersistenceContext(unitName = "actors")
  private EntityManager entityManager;

  @Override
  public Optional<OrganisationView> find(UUID organisationId) {
    return Optional.ofNullable(entityManager.find(Organisation.class, organisationId)).map(Organisation::view);
  }

  @Override
  public Optional<OrganisationView> findByExternalRef(String externalRef) {
    return byExternalRef(externalRef).map(Organisation::view);
  }

  @Override
  public OrganisationView importVerified(ImportedOrganisation imported) {
    return byExternalRef(imported.externalRef()).map(Organisation::view).orElseGet(() -> {
      UUID id = imported.id() != null ? imported.id() : UUID.randomUUID();
      Organisation organisation = new Organisation(id, imported.kind(), imported.name(), imported.country(),
          VerificationStatus.VERIFIED);
      organisation.identifyExternally(imported.externalRef());
      organisation.locate(imported.region(), imported.city(), imported.population());
      organisation.describe(imported.website(), imported.language() == null ? List.of() : List.of(imported.language()));
      entityManager.persist(organisation);
      return organisation.view();
    });
  }

  private Optional<Organisation> byExternalRef(String externalRef) {
    if (externalRef == null) {
      return Optional.empty();
    }
    return entityManager.createQuery("select o from Organisation o where o.externalRef = :ref", Organisation.class)
        .setParameter("ref", externalRef)
        .getResultStream()
        .findFirst();
  }
}
