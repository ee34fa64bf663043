package ai.autogon.label.server;

import ai.autogon.label.application.PredictAnnotationsUseCase;
import ai.autogon.label.application.TrainModelUseCase;
import ai.autogon.label.domain.port.ImageSourcePolicy;
import io.javalin.Javalin;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP server of the label-model wire contract, backed by the train and predict use cases.
 *
 * <p>It serves {@code POST /api/v1/label/model/train/} (synchronous, or with {@code ?async=true} as a queued
 * job), {@code POST /api/v1/label/model/predict/}, {@code GET /api/v1/label/model/jobs/{id}}, {@code GET /health}
 * and {@code GET /openapi.json}. Requests under {@code /api/} need a configured key in {@code X-AUG-KEY}.
 * Trainings run one at a time; predictions are served while a model trains. Each predict request's image URLs
 * are screened with the configured {@link ImageSourcePolicy} first, and a rejected image gets an
 * {@code image_forbidden} entry.
 *
 * <p>{@link #close()} rejects new requests with 503, fails queued trainings, gives a running training
 * {@link ServerLimits#shutdownGracePeriod()} to finish and then interrupts it, then stops Jetty. The model
 * store saves atomically, so an interrupted training leaves no half-written model. NOTE: whether a backend
 * stops on the interrupt, and whether a later run with {@code resume} picks up its last checkpoint, is up to
 * the backend; only fakes have exercised this path so far.
 */
public final class LabelModelServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LabelModelServer.class);

  /** Time {@link #close()} waits for in-flight requests after the training queue has stopped. */
  private static final Duration RESPONSE_DRAIN_TIMEOUT = Duration.ofSeconds(5);

  private final String host;
  private final int requestedPort;
  private final ServerLimits limits;
  private final ApiKeyAuthenticator authenticator;
  private final Optional<String> noKeyWarning;
  private final TrainingJobs trainingJobs;
  private final PredictionRunner predictions;
  private final Javalin app;
  private final Routes routes;
  private final InFlightRequests inFlight = new InFlightRequests();
  private volatile boolean started;
  private volatile boolean closed;

  private LabelModelServer(Builder builder) {
    this.host = builder.host;
    this.requestedPort = builder.port;
    this.limits = builder.limits;
    this.authenticator = new ApiKeyAuthenticator(builder.apiKeys);
    this.noKeyWarning = BindSecurity.checkKeys(host, authenticator.enabled());
    this.trainingJobs = new TrainingJobs(builder.training, limits, Clock.systemUTC());
    this.predictions = new PredictionRunner(builder.prediction, limits);
    this.routes = new Routes(limits, authenticator, trainingJobs, predictions, builder.imageSourcePolicy);
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.router.ignoreTrailingSlashes = true;
      config.http.maxRequestSize = limits.maxRequestBodyBytes();
      config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
      config.jetty.modifyServletContextHandler(context ->
          context.addFilter(new FilterHolder(inFlight), "/*", EnumSet.of(DispatcherType.REQUEST)));
      config.jetty.addConnector((server, http) -> {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(requestedPort);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        return connector;
      });
    });
    routes.register(app);
  }

  /**
   * Returns a builder for a server on {@code 127.0.0.1}, an ephemeral port, no API keys and the default limits.
   *
   * @param training use case that trains and saves models
   * @param prediction use case that annotates images
   */
  public static Builder builder(TrainModelUseCase training, PredictAnnotationsUseCase prediction) {
    return new Builder(training, prediction);
  }

  /**
   * Binds the port and starts serving; logs a warning when it runs without API keys.
   *
   * @return this server
   * @throws IllegalStateException when the server was already started or closed
   */
  public synchronized LabelModelServer start() {
    if (started || closed) {
      throw new IllegalStateException("a LabelModelServer can be started once; create a new one with the builder");
    }
    noKeyWarning.ifPresent(warning -> LOG.warn("{}", warning));
    app.start();
    started = true;
    LOG.info("label-model server listening on {} with {}", baseUri(), limits);
    return this;
  }

  /** Returns the bound port, which differs from the requested one when that was 0. */
  public int port() {
    requireStarted();
    return app.port();
  }

  /** Returns the host the server is bound to. */
  public String host() {
    return host;
  }

  /** Returns the server's base URI, such as {@code http://127.0.0.1:8080/}. */
  public URI baseUri() {
    requireStarted();
    String authority = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    return URI.create("http://" + authority + ":" + port() + "/");
  }

  /** Returns whether {@code X-AUG-KEY} is checked, that is whether any API key is configured. */
  public boolean requiresApiKey() {
    return authenticator.enabled();
  }

  /**
   * Stops the server: new requests get 503, queued trainings fail, a running training gets the grace period
   * and is then interrupted, and Jetty stops. Calling it again does nothing.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    LOG.info("label-model server stopping");
    routes.stopAccepting();
    trainingJobs.close();
    awaitResponsesWritten();
    predictions.close();
    if (started) {
      app.stop();
    }
    LOG.info("label-model server stopped");
  }

  /** Gives requests still in flight, such as a synchronous training that just ended, time to send their response. */
  private void awaitResponsesWritten() {
    try {
      if (!inFlight.awaitIdle(RESPONSE_DRAIN_TIMEOUT)) {
        LOG.warn("{} requests were still in flight {} after shutdown began; their connections are closed",
            inFlight.count(), RESPONSE_DRAIN_TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void requireStarted() {
    if (!started) {
      throw new IllegalStateException("the server has not been started; call start() first");
    }
  }

  /** Builds a {@link LabelModelServer}; required collaborators are the builder's arguments. */
  public static final class Builder {
    private final TrainModelUseCase training;
    private final PredictAnnotationsUseCase prediction;
    private String host = "127.0.0.1";
    private int port;
    private Set<String> apiKeys = Set.of();
    private ServerLimits limits = ServerLimits.defaults();
    private ImageSourcePolicy imageSourcePolicy = ServerImageSourcePolicy.defaults();

    private Builder(TrainModelUseCase training, PredictAnnotationsUseCase prediction) {
      this.training = Objects.requireNonNull(training, "training");
      this.prediction = Objects.requireNonNull(prediction, "prediction");
    }

    /** Sets the host name or IP literal to bind to; the default is {@code 127.0.0.1}. */
    public Builder host(String host) {
      Objects.requireNonNull(host, "host");
      if (host.isBlank()) {
        throw new IllegalArgumentException("host must be a host name or IP address, got a blank value");
      }
      this.host = host.strip();
      return this;
    }

    /** Sets the TCP port, 0 (the default) for an ephemeral one; {@link LabelModelServer#port()} reports it. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** Sets the keys accepted in {@code X-AUG-KEY}; an empty set is allowed only on a loopback host. */
    public Builder apiKeys(Set<String> apiKeys) {
      Objects.requireNonNull(apiKeys, "apiKeys");
      apiKeys.forEach(key -> ApiKeys.requireValidKey(key, "API key"));
      this.apiKeys = Set.copyOf(apiKeys);
      return this;
    }

    /** Sets the size, time and queue limits; the default is {@link ServerLimits#defaults()}. */
    public Builder limits(ServerLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the policy that screens each predict request's image URLs before the backend sees them; rejected
     * images get an {@code image_forbidden} entry and the others are still annotated. The default is
     * {@link ServerImageSourcePolicy#defaults()}. Give the image reader the same policy, because only the reader
     * can check the addresses a name resolves to and each redirect hop.
     */
    public Builder imageSourcePolicy(ImageSourcePolicy imageSourcePolicy) {
      this.imageSourcePolicy = Objects.requireNonNull(imageSourcePolicy, "imageSourcePolicy");
      return this;
    }

    /**
     * Creates the server without binding it.
     *
     * @throws IllegalStateException when no API key is set and the host is not a loopback address
     */
    public LabelModelServer build() {
      return new LabelModelServer(this);
    }

    /** Creates the server and starts it. */
    public LabelModelServer start() {
      return build().start();
    }
  }
}
