package ai.autogon.label.domain.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.image.BoundingBox;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionTest {
  private static final BoundingBox BOX = new BoundingBox(1, 2, 3, 4);

  @Test
  void convertsToAnnotationWithClassName() {
    // given
    Detection detection = new Detection(1, 0.75, BOX);

    // when
    Annotation annotation = detection.toAnnotation(List.of("circle", "square"));

    // then
    assertThat(annotation).isEqualTo(new Annotation("square", 0.75, BOX));
  }

  @Test
  void rejectsClassIndexOutsideClassNames() {
    Detection detection = new Detection(2, 0.75, BOX);

    assertThatThrownBy(() -> detection.toAnnotation(List.of("circle", "square")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("classIndex 2 is outside the 2 class names [circle, square]");
  }

  @Test
  void rejectsNanScore() {
    assertThatThrownBy(() -> new Detection(0, Double.NaN, BOX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be a finite number, got NaN");
  }

  @Test
  void rejectsNegativeClassIndex() {
    assertThatThrownBy(() -> new Detection(-1, 0.5, BOX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("classIndex must be >= 0, got -1");
  }
}
