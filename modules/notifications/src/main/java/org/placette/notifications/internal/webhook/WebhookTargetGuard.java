package org.placette.notifications.internal.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps webhooks from reaching inside the platform's own network (server-side request forgery):
 * a target that resolves to a loopback, private, link-local, unique-local or wildcard address is
 * refused unless its host is in {@code notifications.webhook.allowed-hosts}. Checked when a
 * webhook is configured and again before every delivery, since DNS answers change.
 */
@ApplicationScoped
public class WebhookTargetGuard {

  @Inject
  @ConfigProperty(name = "notifications.webhook.allowed-hosts", defaultValue = " ")
  String allowedHostsSetting;

  /** Why the target is refused, or empty when it may be called. */
  public Optional<String> refusal(URI target) {
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Optional.of("The webhook URL must be an absolute http or https URL.");
    }
    String host = target.getHost();
    if (host == null || host.isBlank()) {
      return Optional.of("The webhook URL has no host.");
    }
    if (target.getUserInfo() != null) {
      return Optional.of("The webhook URL must not carry credentials; use the signing secret.");
    }
    if (allowedHosts().contains(host.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (isInternal(address)) {
          return Optional.of("The webhook URL points to an internal address (" + address.getHostAddress()
              + "); only public addresses are allowed.");
        }
      }
    } catch (UnknownHostException unknown) {
      return Optional.of("The webhook host " + host + " does not resolve.");
    }
    return Optional.empty();
  }

  static boolean isInternal(InetAddress address) {
    byte[] raw = address.getAddress();
    boolean uniqueLocalV6 = raw.length == 16 && (raw[0] & 0xfe) == 0xfc;
    boolean carrierGradeNat = raw.length == 4 && (raw[0] & 0xff) == 100 && (raw[1] & 0xc0) == 64;
    return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
        || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || carrierGradeNat;
  }

  private Set<String> allowedHosts() {
    return Arrays.stream(allowedHostsSetting.split(","))
        .map(String::trim)
        .filter(host -> !host.isEmpty())
        .map(host -> host.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
