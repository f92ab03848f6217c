package org.placette.actors.internal.check;

import java.util.Optional;

/**
 * A French company number: a SIREN (9 digits, the company) or a SIRET (14 digits, the SIREN plus
 * the establishment). Both carry a Luhn check digit; La Poste's establishments (SIREN 356000000)
 * are the documented exception, whose SIRET digits instead add up to a multiple of 5.
 */
public record CompanyNumber(String digits) {

  private static final String LA_POSTE = "356000000";

  /** Spaces and dots that people type between groups of digits are ignored. */
  public static Optional<CompanyNumber> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String digits = text.replace(" ", "").replace(".", "").replace("\u00a0", "");
    if (!digits.matches("\\d{9}|\\d{14}")) {
      return Optional.empty();
    }
    boolean valid = digits.length() == 14 && digits.startsWith(LA_POSTE)
        ? digitSum(digits) % 5 == 0 || luhn(digits)
        : luhn(digits);
    return valid ? Optional.of(new CompanyNumber(digits)) : Optional.empty();
  }

  /** Why {@code text} is not a company number, for the field error; empty when it is one. */
  public static Optional<String> problemWith(String text) {
    if (parse(text).isPresent()) {
      return Optional.empty();
    }
    String digits = text == null ? "" : text.replace(" ", "").replace(".", "").replace("\u00a0", "");
    return Optional.of(digits.matches("\\d{9}|\\d{14}")
        ? "This SIREN/SIRET fails its check digit: check for a mistyped digit."
        : "A SIREN has 9 digits and a SIRET 14.");
  }

  public boolean siret() {
    return digits.length() == 14;
  }

  public String siren() {
    return digits.substring(0, 9);
  }

  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  private static int digitSum(String digits) {
    return digits.chars().map(c -> c - '0').sum();
  }
}
