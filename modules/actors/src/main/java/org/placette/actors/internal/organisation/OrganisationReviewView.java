package org.placette.actors.internal.organisation;

import java.util.List;
import org.placette.actors.internal.check.EmailDomainVerdict;
import org.placette.actors.internal.member.MemberView;

/**
 * What a platform admin sees before deciding: the organisation, its members, and the checks
 * Placette could make (company number, public-body email domains).
 */
public record OrganisationReviewView(OrganisationProfile organisation, List<MemberView> members, Checks checks) {

  /** Results of the automatic checks: they inform the admin and never decide. */
  public record Checks(CompanyNumberCheck companyNumber, List<EmailDomainCheck> emailDomains) {}

  /** {@code verdict}: VALID (format and check digit), NOT_CHECKED (not a French company number). */
  public record CompanyNumberCheck(String value, String siren, String verdict) {}

  public record EmailDomainCheck(String email, EmailDomainVerdict verdict) {}
}
