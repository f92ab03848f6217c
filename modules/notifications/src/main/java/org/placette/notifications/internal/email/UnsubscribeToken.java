package org.placette.notifications.internal.email;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a one-click unsubscribe link: the member's subject and an HMAC-SHA256 of it under
 * the platform's secret. Whoever holds the link may stop that member's emails, and nothing else;
 * it does not expire, since an unsubscribe link in an old email must still work.
 */
final class UnsubscribeToken {

  private static final String PURPOSE = "placette-unsubscribe|";
  private final byte[] secret;

  UnsubscribeToken(String secret) {
    if (secret == null || secret.length() < 16) {
      throw new IllegalArgumentException("The unsubscribe secret needs at least 16 characters");
    }
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  String issue(String subject) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return base64.encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "." + base64.encodeToString(mac(subject));
  }

  /** The subject the token was issued for, or empty when it is malformed or not signed with this secret. */
  Optional<String> subject(String token) {
    if (token == null) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot == token.length() - 1) {
      return Optional.empty();
    }
    try {
      Base64.Decoder base64 = Base64.getUrlDecoder();
      String subject = new String(base64.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
      byte[] signature = base64.decode(token.substring(dot + 1));
      return MessageDigest.isEqual(signature, mac(subject)) ? Optional.of(subject) : Optional.empty();
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private byte[] mac(String subject) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal((PURPOSE + subject).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException missing) {
      throw new IllegalStateException("Every Java platform has HmacSHA256", missing);
    }
  }
}
