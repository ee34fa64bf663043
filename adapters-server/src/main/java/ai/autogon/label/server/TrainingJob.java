package ai.autogon.label.server;

import ai.autogon.label.application.TrainModelCommand;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingProgress;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** One training request's life: queued, running, then succeeded or failed, with the latest progress. */
final class TrainingJob implements TrainingListener {
  private static final int MAX_NOTICES = 20;

  /** Stage of a job, sent on the wire in lower case. */
  enum State {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  private final String id;
  private final TrainModelCommand command;
  private final Instant submittedAt;
  private final CompletableFuture<TrainedModel> completion = new CompletableFuture<>();
  private final Deque<String> notices = new ArrayDeque<>();

  private State state = State.QUEUED;
  private Instant startedAt;
  private Instant finishedAt;
  private TrainingProgress progress;
  private TrainedModel result;
  private Failure failure;

  TrainingJob(String id, TrainModelCommand command, Instant submittedAt) {
    this.id = id;
    this.command = command;
    this.submittedAt = submittedAt;
  }

  String id() {
    return id;
  }

  TrainModelCommand command() {
    return command;
  }

  /** Completes with the trained model, or exceptionally with the training's failure. */
  CompletableFuture<TrainedModel> completion() {
    return completion;
  }

  @Override
  public synchronized void onProgress(TrainingProgress progress) {
    this.progress = progress;
  }

  @Override
  public synchronized void onNotice(String message) {
    if (notices.size() == MAX_NOTICES) {
      notices.removeFirst();
    }
    notices.addLast(message);
  }

  synchronized void markRunning(Instant now) {
    state = State.RUNNING;
    startedAt = now;
  }

  void succeed(TrainedModel model, Instant now) {
    synchronized (this) {
      state = State.SUCCEEDED;
      result = model;
      finishedAt = now;
    }
    completion.complete(model);
  }

  void fail(Throwable error, Failure reported, Instant now) {
    synchronized (this) {
      state = State.FAILED;
      failure = reported;
      finishedAt = now;
    }
    completion.completeExceptionally(error);
  }

  /** Returns a consistent copy of the job's current state. */
  synchronized Snapshot snapshot() {
    return new Snapshot(
        id, state, command, submittedAt, Optional.ofNullable(startedAt), Optional.ofNullable(finishedAt),
        Optional.ofNullable(progress), List.copyOf(notices), Optional.ofNullable(result), Optional.ofNullable(failure));
  }

  synchronized boolean isFinished() {
    return state == State.SUCCEEDED || state == State.FAILED;
  }

  /** Consistent view of a job at one moment, for rendering. */
  record Snapshot(
      String id,
      State state,
      TrainModelCommand command,
      Instant submittedAt,
      Optional<Instant> startedAt,
      Optional<Instant> finishedAt,
      Optional<TrainingProgress> progress,
      List<String> notices,
      Optional<TrainedModel> result,
      Optional<Failure> failure) {}
}
