package ai.autogon.label.bootstrap;

import ai.autogon.label.server.LabelModelServer;
import ai.autogon.label.server.ServerImageSourcePolicy;
import java.net.URI;

/**
 * The label-model HTTP server on the use cases of a configured backend.
 *
 * <p>The server fetches image URLs on behalf of its callers, so the image reader behind it gets the server's
 * strict source policy: private, loopback and link-local addresses are refused at every redirect hop unless
 * allow-listed.
 */
public final class AutogonLabelServer implements AutoCloseable {
  private final AutogonLabel label;
  private final LabelModelServer server;

  private AutogonLabelServer(AutogonLabel label, LabelModelServer server) {
    this.label = label;
    this.server = server;
  }

  /** Wires the use cases with the server's image policy and starts listening. */
  public static AutogonLabelServer start(LabelConfig.Builder config, ServerSettings settings) {
    ServerImageSourcePolicy.Builder policy = ServerImageSourcePolicy.builder();
    settings.allowedSources().forEach(policy::allow);
    settings.fileRoot().ifPresent(policy::fileRoot);
    ServerImageSourcePolicy imagePolicy = policy.build();

    AutogonLabel label = AutogonLabel.open(config.imageSourcePolicy(imagePolicy).build());
    try {
      LabelModelServer server = LabelModelServer.builder(label.trainModel(), label.predictAnnotations())
          .host(settings.host())
          .port(settings.port())
          .apiKeys(settings.apiKeys())
          .imageSourcePolicy(imagePolicy)
          .start();
      return new AutogonLabelServer(label, server);
    } catch (RuntimeException e) {
      label.close();
      throw e;
    }
  }

  /** Returns the URI the server listens on, for example {@code http://127.0.0.1:8080/}. */
  public URI baseUri() {
    return server.baseUri();
  }

  public int port() {
    return server.port();
  }

  /** Returns whether callers must send a valid {@code X-AUG-KEY}. */
  public boolean requiresApiKey() {
    return server.requiresApiKey();
  }

  public LabelConfig config() {
    return label.config();
  }

  /** Stops accepting requests, lets a running training finish within the grace period, and releases the backend. */
  @Override
  public void close() {
    try {
      server.close();
    } finally {
      label.close();
    }
  }
}
