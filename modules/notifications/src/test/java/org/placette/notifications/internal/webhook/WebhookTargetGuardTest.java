package org.placette.notifications.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetGuardTest {

  private final WebhookTargetGuard guard = guardAllowing(" ");

  private static WebhookTargetGuard guardAllowing(String hosts) {
    WebhookTargetGuard guard = new WebhookTargetGuard();
    guard.allowedHostsSetting = hosts;
    return guard;
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0",
      "100.64.0.1", "::1", "fd12:3456::1", "fe80::1", "224.0.0.1"})
  void treatsLoopbackPrivateLinkLocalAndUniqueLocalAddressesAsInternal(String address) throws UnknownHostException {
    assertThat(WebhookTargetGuard.isInternal(InetAddress.getByName(address))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "100.128.0.1"})
  void treatsPublicAddressesAsExternal(String address) throws UnknownHostException {
    assertThat(WebhookTargetGuard.isInternal(InetAddress.getByName(address))).isFalse();
  }

  @Test
  void refusesInternalTargetsAndOtherSchemes() {
    assertThat(guard.refusal(URI.create("http://169.254.169.254/latest/meta-data"))).isPresent();
    assertThat(guard.refusal(URI.create("http://[::1]:8080/hook"))).isPresent();
    assertThat(guard.refusal(URI.create("ftp://93.184.216.34/hook"))).isPresent();
    assertThat(guard.refusal(URI.create("https://user:pass@93.184.216.34/hook"))).isPresent();
    assertThat(guard.refusal(URI.create("https://93.184.216.34/hook"))).isEmpty();
  }

  @Test
  void letsThroughAHostAllowedInConfiguration() {
    assertThat(guardAllowing("127.0.0.1, receiver.internal").refusal(URI.create("http://127.0.0.1:8089/hook"))).isEmpty();
  }
}
