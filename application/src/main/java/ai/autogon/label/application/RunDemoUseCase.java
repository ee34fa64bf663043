package ai.autogon.label.application;

import ai.autogon.label.domain.training.TrainingListener;

/** Runs the quick start: generates a synthetic project, trains on it, and pre-annotates fresh images. */
public interface RunDemoUseCase {
  /** Runs every step of the demo and returns what each produced. */
  DemoReport runDemo(DemoCommand command, TrainingListener listener);
}
