package ai.autogon.label.domain.training;

/** Receives progress and notices of a training run, for a progress bar or a log. */
public interface TrainingListener {
  /** Ignores every event. */
  TrainingListener NONE = progress -> {};

  /** Receives a progress snapshot; called on the training thread, so it should return quickly. */
  void onProgress(TrainingProgress progress);

  /** Receives a message the user should read, such as a warning about classes a retrained model will forget. */
  default void onNotice(String message) {}
}
