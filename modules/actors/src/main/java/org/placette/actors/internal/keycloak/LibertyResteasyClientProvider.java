package org.placette.actors.internal.keycloak;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.jboss.resteasy.client.jaxrs.ResteasyWebTarget;
import org.keycloak.admin.client.spi.ResteasyClientProvider;

/**
 * Gives keycloak-admin-client the REST client of Liberty itself. Liberty's restfulWS feature is
 * RESTEasy and exports {@code org.jboss.resteasy.client.jaxrs} to applications, so its web targets
 * build the admin client's typed proxies; a second RESTEasy inside the war would clash with it on
 * those very packages. The Keycloak representations are Jackson-annotated, hence Jackson (from the
 * war, see JacksonClientJson) as the JSON provider instead of Liberty's JSON-B. Timeouts are short so that a Keycloak
 * outage turns into a prompt 503, not a hung request.
 */
final class LibertyResteasyClientProvider implements ResteasyClientProvider {

  private final Duration timeout;

  LibertyResteasyClientProvider(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public Client newRestEasyClient(Object customJacksonProvider, SSLContext sslContext, boolean disableTrustManager) {
    ClientBuilder builder = ClientBuilder.newBuilder()
        .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .register(customJacksonProvider != null ? customJacksonProvider : new JacksonClientJson(), 100);
    if (sslContext != null) {
      builder.sslContext(sslContext);
    }
    return builder.build();
  }

  @Override
  public <R> R targetProxy(WebTarget target, Class<R> type) {
    return ((ResteasyWebTarget) target).proxy(type);
  }
}
