package ai.autogon.label.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingOptions;
import ai.autogon.label.domain.training.TrainingProgress;
import ai.autogon.label.domain.training.TrainingRequest;
import ai.autogon.label.engine.synthetic.SyntheticShapesDataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains the small detector from scratch on synthetic shapes; takes about two minutes on two idle cores. */
class LearningTest {
  @TempDir Path workspace;

  @Test
  void smallDetectorLearnsShapes() {
    // given 400 images of 128x128 with one or two circles, squares or triangles of 32 to 64 pixels, 80 for validation
    SyntheticShapesDataset dataset =
        SyntheticShapesDataset.builder().seed(7).imageCount(400).imageSize(128, 128).shapesPerImage(1, 2).shapeSize(32, 64).build();
    FakePorts.Images images = new FakePorts.Images();
    FakePorts.Projects projects = new FakePorts.Projects();
    Project project = SyntheticFixture.project(1, dataset, images, true);
    projects.add(project);
    FakePorts.Registry registry = new FakePorts.Registry(workspace);
    EngineConfig config = EngineConfig.builder().imageSize(128).batchSize(8).epochs(20).threads(2).build();
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
    assertThat(model.trainImages()).isEqualTo(320);
    assertThat(model.valImages()).isEqualTo(80);
    assertThat(epochEnds).hasSize(20);
    assertThat(epochEnds.get(19).losses().get("box")).isLessThan(epochEnds.get(0).losses().get("box"));
    assertThat(model.metrics().perClass()).hasSize(3);
    assertThat(model.metrics().map50()).isGreaterThanOrEqualTo(0.8);
  }
}
