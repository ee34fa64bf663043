package ai.autogon.label.server;

import ai.autogon.label.application.PredictAnnotationsCommand;
import ai.autogon.label.application.PredictAnnotationsUseCase;
import ai.autogon.label.application.TrainModelCommand;
import ai.autogon.label.application.TrainModelUseCase;
import ai.autogon.label.domain.model.ClassMetrics;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.training.TrainingListener;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Fakes of the use cases: each records its commands and returns what the test's behaviour function returns. */
final class Fakes {
  private Fakes() {}

  /** Returns the model of the contract's train example, saved under {@code name}. */
  static TrainedModel trainedModel(TrainModelCommand command, String name) {
    return new TrainedModel(
        ModelName.of(name), command.modelType(), command.projectId(), command.modelLoadName(), List.of("WBC"),
        60, 205, 87, Duration.ofMillis(812_400), Instant.parse("2026-12-04T20:00:00Z"),
        new ModelMetrics(0.81, 0.77, 0.83, 0.52, List.of(new ClassMetrics("WBC", 21, 0.95, 0.97, 0.98, 0.71))),
        Optional.empty());
  }

  static final class Training implements TrainModelUseCase {
    final List<TrainModelCommand> commands = new CopyOnWriteArrayList<>();
    volatile BiFunction<TrainModelCommand, TrainingListener, TrainedModel> behaviour =
        (command, listener) -> trainedModel(command, command.modelSaveName().map(Object::toString).orElse("cells-small-1"));

    @Override
    public TrainedModel train(TrainModelCommand command, TrainingListener listener) {
      commands.add(command);
      return behaviour.apply(command, listener);
    }
  }

  static final class Prediction implements PredictAnnotationsUseCase {
    final List<PredictAnnotationsCommand> commands = new CopyOnWriteArrayList<>();
    volatile Function<PredictAnnotationsCommand, List<ImageAnnotations>> behaviour = command -> List.of();

    @Override
    public List<ImageAnnotations> predict(PredictAnnotationsCommand command) {
      commands.add(command);
      return behaviour.apply(command);
    }
  }
}
