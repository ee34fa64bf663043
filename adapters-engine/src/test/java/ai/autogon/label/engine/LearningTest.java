package ai.autogon.label.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.engine.synthetic.SyntheticShapesDataset;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingOptions;
import ai.autogon.label.domain.training.TrainingProgress;
import ai.autogon.label.domain.training.TrainingRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains the small detector from scratch on synthetic shapes; takes about two minutes on two cores. */
class LearningTest {
  @TempDir Path workspace;

  @Test
  void smallDetectorLearnsShapes() {
    // given 150 images of 128x128 with one to three shapes of 24 to 56 pixels of three classes, 30 for validation
    FakePorts.Images images = new FakePorts.Images();
    FakePorts.Projects projects = new FakePorts.Projects();
    SyntheticShapesDataset dataset = SyntheticShapesDataset.builder().seed(7).imageCount(150).imageSize(128, 128).shapesPerImage(1, 3).shapeSize(24, 56).build();
    Project project = SyntheticFixture.project(1, dataset, images, true);
    projects.add(project);
    FakePorts.Registry registry = new FakePorts.Registry(workspace);
    EngineConfig config = EngineConfig.builder().imageSize(128).batchSize(4).epochs(25).threads(2).build();
    List<TrainingProgress> epochEnds = new ArrayList<>();
    TrainingListener listener = progress -> {
      if (progress.batch() == progress.totalBatches()) {
        epochEnds.add(progress);
      }
    };

    // when
    TrainedModel model;
    try (EmbeddedDetectionEngine engine = new EmbeddedDetectionEngine(projects, registry, registry, images, config)) {
      model = engine.train(
          new TrainingRequest(ModelType.SMALL, ProjectId.of(1), Optional.empty(), Optional.of(ModelName.of("shapes")), TrainingOptions.defaults()),
          listener);
    }

    // then
    assertThat(model.trainImages()).isEqualTo(120);
    assertThat(model.valImages()).isEqualTo(30);
    assertThat(epochEnds).hasSize(25);
    assertThat(epochEnds.get(24).losses().get("box")).isLessThan(epochEnds.get(0).losses().get("box"));
    assertThat(model.metrics().map50()).isGreaterThanOrEqualTo(0.8);
    assertThat(model.metrics().perClass()).hasSize(3);
  }
}
