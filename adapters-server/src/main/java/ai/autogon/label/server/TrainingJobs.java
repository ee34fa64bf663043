package ai.autogon.label.server;

import ai.autogon.label.application.TrainModelCommand;
import ai.autogon.label.application.TrainModelUseCase;
import ai.autogon.label.domain.model.TrainedModel;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs training jobs one at a time on a single thread, in submission order, and remembers recent ones.
 *
 * <p>Closing rejects new jobs, fails the queued ones, lets the running one go on for a grace period and then
 * interrupts it. What an interrupt does is up to the training backend; the model store saves atomically, so
 * an interrupted run never leaves a half-written model.
 */
final class TrainingJobs implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TrainingJobs.class);

  /** Time to wait for the training thread after interrupting it. */
  private static final Duration INTERRUPT_WAIT = Duration.ofSeconds(10);

  private final TrainModelUseCase training;
  private final int maxQueued;
  private final int retained;
  private final Duration shutdownGrace;
  private final Clock clock;
  private final ExecutorService executor;

  private final Object lock = new Object();
  private final Map<String, TrainingJob> jobs = new LinkedHashMap<>();
  private final List<TrainingJob> queue = new ArrayList<>();
  private TrainingJob running;
  private boolean closed;
  private volatile boolean interrupting;

  TrainingJobs(TrainModelUseCase training, ServerLimits limits, Clock clock) {
    this.training = training;
    this.maxQueued = limits.maxQueuedTrainings();
    this.retained = limits.retainedJobs();
    this.shutdownGrace = limits.shutdownGracePeriod();
    this.clock = clock;
    this.executor = Executors.newSingleThreadExecutor(runnable -> {
      // A daemon thread lets the JVM exit even when a backend ignores the interrupt; saves are atomic.
      Thread thread = new Thread(runnable, "label-model-training");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Queues a training job behind the running one.
   *
   * @throws ApiException with status 503 when the queue is full or the server is stopping
   */
  TrainingJob submit(TrainModelCommand command) {
    TrainingJob job;
    synchronized (lock) {
      if (closed) {
        throw new ApiException(503, "the server is stopping and accepts no new training jobs");
      }
      int capacity = maxQueued + (running == null ? 1 : 0);
      if (queue.size() >= capacity) {
        throw new ApiException(503, "the training queue is full: " + queue.size() + " jobs wait behind the running "
            + "one and the limit is " + maxQueued + "; retry after the running training ends");
      }
      job = new TrainingJob(UUID.randomUUID().toString(), command, clock.instant());
      jobs.put(job.id(), job);
      queue.add(job);
    }
    LOG.info("training job {} queued: model_type {}, project_id {}, model_save_name {}",
        job.id(), command.modelType().wireName(), command.projectId(),
        command.modelSaveName().map(Object::toString).orElse("(chosen by the backend)"));
    executor.execute(() -> run(job));
    return job;
  }

  Optional<TrainingJob> find(String id) {
    synchronized (lock) {
      return Optional.ofNullable(jobs.get(id));
    }
  }

  /** Returns the job's place in line, 1 for the next to start, or empty once it has started. */
  OptionalInt queuePosition(TrainingJob job) {
    synchronized (lock) {
      int index = queue.indexOf(job);
      return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
    }
  }

  /** Returns the id of the running job, if any. */
  Optional<String> runningJobId() {
    synchronized (lock) {
      return Optional.ofNullable(running).map(TrainingJob::id);
    }
  }

  int queuedCount() {
    synchronized (lock) {
      return queue.size();
    }
  }

  private void run(TrainingJob job) {
    synchronized (lock) {
      if (job.isFinished()) {
        return;
      }
      queue.remove(job);
      running = job;
      job.markRunning(clock.instant());
    }
    LOG.info("training job {} started", job.id());
    try {
      TrainedModel model = training.train(job.command(), job);
      job.succeed(model, clock.instant());
      LOG.info("training job {} succeeded: saved model {} after {} epochs", job.id(), model.name(), model.epochs());
    } catch (RuntimeException | Error e) {
      Failure failure;
      if (interrupting) {
        LOG.warn("training job {} ended by the shutdown interrupt: {}", job.id(), e.toString());
        failure = new Failure(503, "training was interrupted because the server is stopping; submit it again after "
            + "the restart", Map.of());
      } else {
        failure = Failure.of(e, "training job " + job.id());
        if (failure.status() < 500) {
          LOG.info("training job {} failed with status {}: {}", job.id(), failure.status(), failure.message());
        }
      }
      job.fail(e, failure, clock.instant());
      if (e instanceof Error) {
        throw (Error) e;
      }
    } finally {
      synchronized (lock) {
        running = null;
        forgetOldJobs();
      }
    }
  }

  private void forgetOldJobs() {
    long finished = jobs.values().stream().filter(TrainingJob::isFinished).count();
    Iterator<TrainingJob> oldestFirst = jobs.values().iterator();
    while (finished > retained && oldestFirst.hasNext()) {
      if (oldestFirst.next().isFinished()) {
        oldestFirst.remove();
        finished--;
      }
    }
  }

  /**
   * Stops taking jobs, fails the queued ones, waits up to the grace period for the running one and then
   * interrupts it.
   */
  @Override
  public void close() {
    List<TrainingJob> cancelled;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      cancelled = new ArrayList<>(queue);
      queue.clear();
    }
    for (TrainingJob job : cancelled) {
      Failure failure = new Failure(503, "the server stopped before this training job started; submit it again", Map.of());
      job.fail(new IllegalStateException(failure.message()), failure, clock.instant());
      LOG.info("training job {} cancelled: the server is stopping", job.id());
    }

    executor.shutdown();
    try {
      if (executor.awaitTermination(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
      LOG.warn("training job {} is still running {} after shutdown began; interrupting it",
          runningJobId().orElse("(none)"), shutdownGrace);
      interrupting = true;
      executor.shutdownNow();
      if (!executor.awaitTermination(INTERRUPT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("the training thread ignored the interrupt for {}; it ends when the JVM exits", INTERRUPT_WAIT);
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
