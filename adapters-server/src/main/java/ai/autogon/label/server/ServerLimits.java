package ai.autogon.label.server;

import java.time.Duration;
import java.util.Objects;

/**
 * Size, time and queue limits of a {@link LabelModelServer}; immutable, each {@code with} method returns a copy.
 *
 * <p>The defaults are starting points, not measured optima: tune them to the backend and machine.
 */
public final class ServerLimits {
  private static final ServerLimits DEFAULTS = new ServerLimits(
      64, 1024 * 1024, Duration.ofMinutes(2), 4, 64, 16, 100,
      Duration.ofSeconds(30), Duration.ofHours(24), Duration.ofSeconds(30));

  private final int maxImagesPerRequest;
  private final long maxRequestBodyBytes;
  private final Duration predictionTimeout;
  private final int maxConcurrentPredictions;
  private final int maxQueuedPredictions;
  private final int maxQueuedTrainings;
  private final int retainedJobs;
  private final Duration idleTimeout;
  private final Duration trainingRequestTimeout;
  private final Duration shutdownGracePeriod;

  private ServerLimits(
      int maxImagesPerRequest,
      long maxRequestBodyBytes,
      Duration predictionTimeout,
      int maxConcurrentPredictions,
      int maxQueuedPredictions,
      int maxQueuedTrainings,
      int retainedJobs,
      Duration idleTimeout,
      Duration trainingRequestTimeout,
      Duration shutdownGracePeriod) {
    this.maxImagesPerRequest = requireAtLeast("maxImagesPerRequest", maxImagesPerRequest, 1);
    this.maxRequestBodyBytes = requireAtLeast("maxRequestBodyBytes", maxRequestBodyBytes, 2);
    this.predictionTimeout = requirePositive("predictionTimeout", predictionTimeout);
    this.maxConcurrentPredictions = requireAtLeast("maxConcurrentPredictions", maxConcurrentPredictions, 1);
    this.maxQueuedPredictions = requireAtLeast("maxQueuedPredictions", maxQueuedPredictions, 0);
    this.maxQueuedTrainings = requireAtLeast("maxQueuedTrainings", maxQueuedTrainings, 0);
    this.retainedJobs = requireAtLeast("retainedJobs", retainedJobs, 1);
    this.idleTimeout = requirePositive("idleTimeout", idleTimeout);
    this.trainingRequestTimeout = requirePositive("trainingRequestTimeout", trainingRequestTimeout);
    this.shutdownGracePeriod = requireNonNegative("shutdownGracePeriod", shutdownGracePeriod);
  }

  /**
   * Returns the default limits: 64 images and 1 MiB of body per request, predictions time out after 2 minutes
   * with 4 running and 64 waiting at most, 16 trainings may wait behind the running one, 100 finished jobs
   * stay visible, idle connections close after 30 s, a synchronous training request waits up to 24 h, and
   * {@link LabelModelServer#close()} lets a running training go on for 30 s before interrupting it.
   */
  public static ServerLimits defaults() {
    return DEFAULTS;
  }

  /** Maximum entries in a predict request's {@code image_urls}; more get status 413. */
  public int maxImagesPerRequest() {
    return maxImagesPerRequest;
  }

  /** Maximum request body size in bytes; a larger body gets status 413. */
  public long maxRequestBodyBytes() {
    return maxRequestBodyBytes;
  }

  /** Maximum time one predict request may take before it fails with status 504. */
  public Duration predictionTimeout() {
    return predictionTimeout;
  }

  /** Maximum predict requests handled at the same time. */
  public int maxConcurrentPredictions() {
    return maxConcurrentPredictions;
  }

  /** Maximum predict requests waiting for a free slot; more get status 503. */
  public int maxQueuedPredictions() {
    return maxQueuedPredictions;
  }

  /** Maximum training jobs waiting behind the running one; more get status 503. */
  public int maxQueuedTrainings() {
    return maxQueuedTrainings;
  }

  /** Number of finished training jobs kept for {@code GET .../jobs/{id}}; the oldest are forgotten first. */
  public int retainedJobs() {
    return retainedJobs;
  }

  /**
   * Time a connection may wait for the client to send or receive before Jetty closes it. It does not cut a
   * request whose handler is still working, such as a synchronous training.
   */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** Maximum time a synchronous training request waits; after it the client gets 504 and the job id to poll. */
  public Duration trainingRequestTimeout() {
    return trainingRequestTimeout;
  }

  /** Time {@link LabelModelServer#close()} lets a running training continue before interrupting it. */
  public Duration shutdownGracePeriod() {
    return shutdownGracePeriod;
  }

  public ServerLimits withMaxImagesPerRequest(int value) {
    return new ServerLimits(value, maxRequestBodyBytes, predictionTimeout, maxConcurrentPredictions,
        maxQueuedPredictions, maxQueuedTrainings, retainedJobs, idleTimeout, trainingRequestTimeout,
        shutdownGracePeriod);
  }

  public ServerLimits withMaxRequestBodyBytes(long value) {
    return new ServerLimits(maxImagesPerRequest, value, predictionTimeout, maxConcurrentPredictions,
        maxQueuedPredictions, maxQueuedTrainings, retainedJobs, idleTimeout, trainingRequestTimeout,
        shutdownGracePeriod);
  }

  public ServerLimits withPredictionTimeout(Duration value) {
    return new ServerLimits(maxImagesPerRequest, maxRequestBodyBytes, value, maxConcurrentPredictions,
        maxQueuedPredictions, maxQueuedTrainings, retainedJobs, idleTimeout, trainingRequestTimeout,
        shutdownGracePeriod);
  }

  public ServerLimits withMaxConcurrentPredictions(int value) {
    return new ServerLimits(maxImagesPerRequest, maxRequestBodyBytes, predictionTimeout, value,
        maxQueuedPredictions, maxQueuedTrainings, retainedJobs, idleTimeout, trainingRequestTimeout,
        shutdownGracePeriod);
  }

  public ServerLimits withMaxQueuedPredictions(int value) {
    return new ServerLimits(maxImagesPerRequest, maxRequestBodyBytes, predictionTimeout, maxConcurrentPredictions,
        value, maxQueuedTrainings, retainedJobs, idleTimeout, trainingRequestTimeout, shutdownGracePeriod);
  }

  public ServerLimits withMaxQueuedTrainings(int value) {
    return new ServerLimits(maxImagesPerRequest, maxRequestBodyBytes, predictionTimeout, maxConcurrentPredictions,
        maxQueuedPredictions, value, retainedJobs, idleTimeout, trainingRequestTimeout, shutdownGracePeriod);
  }

  public ServerLimits withRetainedJobs(int value) {
    return new ServerLimits(maxImagesPerRequest, maxRequestBodyBytes, predictionTimeout, maxConcurrentPredictions,
        maxQueuedPredictions, maxQueuedTrainings, value, idleTimeout, trainingRequestTimeout, shutdownGracePeriod);
  }

  public ServerLimits withIdleTimeout(Duration value) {
    return new ServerLimits(maxImagesPerRequest, maxRequestBodyBytes, predictionTimeout, maxConcurrentPredictions,
        maxQueuedPredictions, maxQueuedTrainings, retainedJobs, value, trainingRequestTimeout, shutdownGracePeriod);
  }

  public ServerLimits withTrainingRequestTimeout(Duration value) {
    return new ServerLimits(maxImagesPerRequest, maxRequestBodyBytes, predictionTimeout, maxConcurrentPredictions,
        maxQueuedPredictions, maxQueuedTrainings, retainedJobs, idleTimeout, value, shutdownGracePeriod);
  }

  public ServerLimits withShutdownGracePeriod(Duration value) {
    return new ServerLimits(maxImagesPerRequest, maxRequestBodyBytes, predictionTimeout, maxConcurrentPredictions,
        maxQueuedPredictions, maxQueuedTrainings, retainedJobs, idleTimeout, trainingRequestTimeout, value);
  }

  @Override
  public String toString() {
    return "ServerLimits[maxImagesPerRequest=" + maxImagesPerRequest
        + ", maxRequestBodyBytes=" + maxRequestBodyBytes
        + ", predictionTimeout=" + predictionTimeout
        + ", maxConcurrentPredictions=" + maxConcurrentPredictions
        + ", maxQueuedPredictions=" + maxQueuedPredictions
        + ", maxQueuedTrainings=" + maxQueuedTrainings
        + ", retainedJobs=" + retainedJobs
        + ", idleTimeout=" + idleTimeout
        + ", trainingRequestTimeout=" + trainingRequestTimeout
        + ", shutdownGracePeriod=" + shutdownGracePeriod + "]";
  }

  private static int requireAtLeast(String name, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be at least " + minimum + ", got " + value);
    }
    return value;
  }

  private static long requireAtLeast(String name, long value, long minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be at least " + minimum + ", got " + value);
    }
    return value;
  }

  private static Duration requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }

  private static Duration requireNonNegative(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + value);
    }
    return value;
  }
}
