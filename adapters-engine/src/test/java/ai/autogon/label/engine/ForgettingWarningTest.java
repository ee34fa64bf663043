package ai.autogon.label.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.port.StoredModel;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.project.Split;
import ai.autogon.label.domain.training.TrainingListener;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForgettingWarningTest {
  private static final StoredModel CELLS = new StoredModel(new TrainedModel(ModelName.of("cells-v1"), ModelType.SMALL,
      ProjectId.of(1), Optional.empty(), List.of("RBC", "WBC", "Platelets"), 1, 1, 1, Duration.ZERO, Instant.EPOCH,
      ModelMetrics.empty(), Optional.empty()), Path.of("models", "cells-v1"));

  @Test
  void warnsForListedClassWithoutTrainingBoxes() {
    // given the same class list, but WBC only labelled in a test image
    Project project = project(List.of(image(Split.TRAIN, 0), image(Split.TRAIN, 2), image(Split.TEST, 1)));
    List<String> notices = new ArrayList<>();

    // when
    EmbeddedDetectionEngine.warnAboutUnlabelledClasses(CELLS, project, listener(notices));

    // then
    assertThat(notices).containsExactly("classes [WBC] of model 'cells-v1' have no boxes in the training images of project 2: "
        + "the new model will likely forget them; add labelled examples of them to keep them");
  }

  @Test
  void staysQuietWhenEveryClassHasBoxes() {
    Project project = project(List.of(image(Split.TRAIN, 0), image(Split.UNASSIGNED, 1), image(Split.TRAIN, 2)));
    List<String> notices = new ArrayList<>();

    EmbeddedDetectionEngine.warnAboutUnlabelledClasses(CELLS, project, listener(notices));

    assertThat(notices).isEmpty();
  }

  private static TrainingListener listener(List<String> notices) {
    return new TrainingListener() {
      @Override
      public void onProgress(ai.autogon.label.domain.training.TrainingProgress progress) {}

      @Override
      public void onNotice(String message) {
        notices.add(message);
      }
    };
  }

  private static Project project(List<LabelledImage> images) {
    return new Project(ProjectId.of(2), AppId.of(9), "cells", List.of("RBC", "WBC", "Platelets"), images, Instant.EPOCH);
  }

  private static LabelledImage image(Split split, int classIndex) {
    return new LabelledImage(ImageReference.parse("file:/data/" + split + classIndex + ".jpg"), 64, 64,
        List.of(new LabelledBox(classIndex, new BoundingBox(1, 1, 10, 10))), split);
  }
}
