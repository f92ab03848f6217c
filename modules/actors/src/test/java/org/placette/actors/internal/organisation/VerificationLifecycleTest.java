package org.placette.actors.internal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placette.actors.api.OrganisationKind;
import org.placette.actors.api.VerificationStatus;
import org.placette.kernel.problem.Problem;

class VerificationLifecycleTest {

  private final Organisation organisation = Organisation.registered(UUID.randomUUID(), OrganisationKind.STARTUP,
      "HydroSense", "FR");

  @Test
  void aRegisteredOrganisationWaitsForAnAdmin() {
    assertThat(organisation.status()).isEqualTo(VerificationStatus.PENDING);
  }

  @Test
  void pendingBecomesVerifiedThenSuspendedThenVerifiedAgain() {
    organisation.decide(Decision.VERIFY, null);
    assertThat(organisation.status()).isEqualTo(VerificationStatus.VERIFIED);
    organisation.decide(Decision.SUSPEND, "Complaints under review");
    assertThat(organisation.status()).isEqualTo(VerificationStatus.SUSPENDED);
    assertThat(organisation.statusReason()).isEqualTo("Complaints under review");
    organisation.decide(Decision.REINSTATE, null);
    assertThat(organisation.status()).isEqualTo(VerificationStatus.VERIFIED);
    assertThat(organisation.statusReason()).isNull();
  }

  @Test
  void pendingCanBeRejectedWithAReason() {
    organisation.decide(Decision.REJECT, "Not a company");
    assertThat(organisation.status()).isEqualTo(VerificationStatus.REJECTED);
    assertThat(organisation.statusReason()).isEqualTo("Not a company");
  }

  @Test
  void decisionsThatDoNotFitTheStatusAreConflicts() {
    assertThatThrownBy(() -> organisation.decide(Decision.SUSPEND, "why"))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409));
    organisation.decide(Decision.REJECT, "Not a company");
    assertThatThrownBy(() -> organisation.decide(Decision.VERIFY, null)).isInstanceOf(Problem.class);
    assertThatThrownBy(() -> organisation.decide(Decision.REINSTATE, null)).isInstanceOf(Problem.class);
  }

  @Test
  void rejectionAndSuspensionNeedAReason() {
    assertThatThrownBy(() -> organisation.decide(Decision.REJECT, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(organisation.status()).isEqualTo(VerificationStatus.PENDING);
  }
}
