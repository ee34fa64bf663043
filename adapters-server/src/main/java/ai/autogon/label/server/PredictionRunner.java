package ai.autogon.label.server;

import ai.autogon.label.application.PredictAnnotationsCommand;
import ai.autogon.label.application.PredictAnnotationsUseCase;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs predictions on a bounded pool, so each request gets a time limit and overload fails fast with 503. */
final class PredictionRunner implements AutoCloseable {
  private final PredictAnnotationsUseCase prediction;
  private final Duration timeout;
  private final ThreadPoolExecutor executor;

  PredictionRunner(PredictAnnotationsUseCase prediction, ServerLimits limits) {
    this.prediction = prediction;
    this.timeout = limits.predictionTimeout();
    AtomicInteger threadCount = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(
        limits.maxConcurrentPredictions(), limits.maxConcurrentPredictions(), 60, TimeUnit.SECONDS,
        limits.maxQueuedPredictions() == 0
            ? new java.util.concurrent.SynchronousQueue<>()
            : new ArrayBlockingQueue<>(limits.maxQueuedPredictions()),
        runnable -> {
          Thread thread = new Thread(runnable, "label-model-predict-" + threadCount.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    this.executor.allowCoreThreadTimeOut(true);
  }

  /**
   * Runs one prediction and waits for it.
   *
   * @throws ApiException with status 503 when every slot and queue place is taken, 504 when the prediction
   *     takes longer than the timeout
   */
  List<ImageAnnotations> predict(PredictAnnotationsCommand command) {
    Future<List<ImageAnnotations>> result;
    try {
      result = executor.submit(() -> prediction.predict(command));
    } catch (RejectedExecutionException e) {
      throw new ApiException(503, "the server is busy: " + executor.getActiveCount() + " predictions are running and "
          + executor.getQueue().size() + " are waiting; retry later");
    }

    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // NOTE: cancelling interrupts the worker, but a backend busy computing may go on until it checks.
      result.cancel(true);
      throw new ApiException(504, "prediction timed out after " + timeout.toSeconds() + " s; send fewer images per request");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("prediction failed: " + cause, cause);
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is stopping");
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
