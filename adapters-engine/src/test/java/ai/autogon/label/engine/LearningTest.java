package ai.autogon.label.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.project.Split;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingOptions;
import ai.autogon.label.domain.training.TrainingRequest;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearningTest {
  @TempDir Path workspace;

  @Test
  void smallDetectorLearnsShapes() {
    // given
    FakePorts.Images images = new FakePorts.Images();
    FakePorts.Projects projects = new FakePorts.Projects();
    Project project = TinyShapes.project(1, 150, 160, 160, 7, TinyShapes.CLASSES, images, Split.UNASSIGNED);
    projects.add(project);
    FakePorts.Registry registry = new FakePorts.Registry(workspace);
    EngineConfig config = EngineConfig.builder().imageSize(160).batchSize(8).epochs(Integer.getInteger("epochs", 20)).threads(2).build();

    // when
    TrainedModel model;
    try (EmbeddedDetectionEngine engine = new EmbeddedDetectionEngine(projects, registry, registry, images, config)) {
      TrainingListener listener = new TrainingListener() {
        @Override
        public void onProgress(ai.autogon.label.domain.training.TrainingProgress progress) {
          if (progress.batch() == progress.totalBatches()) {
            System.out.println("epoch " + progress.epoch() + " " + progress.losses() + " " + progress.elapsed());
          }
        }

        @Override
        public void onNotice(String message) {
          System.out.println("notice: " + message);
        }
      };
      model = engine.train(
          new TrainingRequest(ModelType.SMALL, ProjectId.of(1), Optional.empty(), Optional.of(ModelName.of("shapes")), TrainingOptions.defaults()),
          listener);
    }

    // then
    System.out.println(model.metrics());
    assertThat(model.metrics().map50()).isGreaterThanOrEqualTo(0.8);
  }
}
