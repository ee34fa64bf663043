package ai.autogon.label.storage;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ClassMetrics;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.model.NetworkSize;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.project.Split;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sample domain values for the store tests. */
final class Samples {
  private Samples() {}

  static Project labelled(Project empty) {
    LabelledImage first = new LabelledImage(
        ImageReference.of(Path.of("/data/cells/a.jpg")), 640, 480,
        List.of(
            new LabelledBox(0, new BoundingBox(10.5, 20, 30, 40)),
            new LabelledBox(1, new BoundingBox(0, 0, 640, 480), true)),
        Split.TRAIN);
    LabelledImage background = new LabelledImage(
        ImageReference.of(Path.of("/data/cells/b c.png")), 320, 200, List.of(), Split.UNASSIGNED);
    return new Project(empty.id(), empty.appId(), empty.name(), List.of("RBC", "WBC"), List.of(first, background), empty.createdAt());
  }

  static TrainedModel model(String name, Instant createdAt) {
    ModelMetrics metrics = new ModelMetrics(0.8, 0.7, 0.75, 0.5, List.of(
        new ClassMetrics("RBC", 120, 0.85, 0.75, 0.8, 0.55),
        new ClassMetrics("WBC", 12, 0.75, 0.65, 0.7, 0.45)));
    return new TrainedModel(
        ModelName.of(name), ModelType.SMALL, ProjectId.of(3), Optional.of(ModelName.of("base-v1")), List.of("RBC", "WBC"),
        25, 205, 87, Duration.ofMillis(93_250), createdAt, metrics, Optional.of(new NetworkSize(3_011_043, 8.2, 640)));
  }
}
