package org.placette.actors.internal.registration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.placette.kernel.problem.Problem;

/**
 * Registrations per client address: a token bucket (bucket4j) of {@code capacity} attempts
 * refilled over {@code period}. Attempts count whether they succeed or not, since guessing is
 * what the limit is for. Behind a reverse proxy the address is the last one the proxy appended to
 * X-Forwarded-For, trusted only when the request comes from a configured proxy address. Buckets
 * live in memory per server: a limit per instance is what this abuse guard needs, and the oldest
 * addresses are dropped past {@code MAX_ADDRESSES}.
 */
@ApplicationScoped
public class RegistrationRateLimit {

  private static final int MAX_ADDRESSES = 10_000;

  @Inject
  @ConfigProperty(name = "actors.registrations.rate.capacity", defaultValue = "5")
  long capacity;

  @Inject
  @ConfigProperty(name = "actors.registrations.rate.period", defaultValue = "PT1H")
  Duration period;

  @Inject
  @ConfigProperty(name = "actors.registrations.trusted-proxies", defaultValue = "127.0.0.1,::1,0:0:0:0:0:0:0:1")
  String trustedProxies;

  private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
      return size() > MAX_ADDRESSES;
    }
  });

  /** The client's address: the peer, or what a trusted proxy says the client was. */
  public String clientAddress(String peer, String forwardedFor) {
    Set<String> proxies = Arrays.stream(trustedProxies.split(",")).map(String::trim).collect(Collectors.toSet());
    if (forwardedFor == null || forwardedFor.isBlank() || !proxies.contains(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    return hops[hops.length - 1].trim();
  }

  /** Takes one attempt from the address's bucket, or refuses with 429 and when to come back. */
  public void consume(String clientAddress) {
    Bucket bucket = buckets.computeIfAbsent(clientAddress, address -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
        .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
      throw new TooManyRegistrations(seconds);
    }
  }

  /** A 429 problem that also says, in Retry-After, how many seconds to wait. */
  public static final class TooManyRegistrations extends Problem {

    private final long retryAfterSeconds;

    TooManyRegistrations(long retryAfterSeconds) {
      super(429, "too-many-requests", "Too many requests",
          "Too many registrations from your address; try again in " + retryAfterSeconds + " seconds.");
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
