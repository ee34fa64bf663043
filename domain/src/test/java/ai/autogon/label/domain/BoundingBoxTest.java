package ai.autogon.label.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.autogon.label.domain.image.BoundingBox;
import org.junit.jupiter.api.Test;

class BoundingBoxTest {

  @Test
  void rejectsNegativeWidth() {
    assertThatThrownBy(() -> new BoundingBox(0, 0, -1, 2)).hasMessage("bbox.width must be non-negative, got -1.0");
  }

  @Test
  void rejectsInfiniteCoordinate() {
    assertThatThrownBy(() -> new BoundingBox(Double.POSITIVE_INFINITY, 0, 1, 1))
        .hasMessage("bbox.x must be a finite number, got Infinity");
  }

  @Test
  void iouOfIdenticalBoxesIsOne() {
    BoundingBox box = new BoundingBox(10, 10, 20, 20);

    assertThat(box.iou(box)).isEqualTo(1.0);
  }

  @Test
  void iouOfHalfOverlap() {
    // Intersection 10x20 = 200, union 400 + 400 - 200 = 600.
    BoundingBox first = new BoundingBox(0, 0, 20, 20);
    BoundingBox second = new BoundingBox(10, 0, 20, 20);

    assertThat(first.iou(second)).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void iouOfTouchingBoxesIsZero() {
    assertThat(new BoundingBox(0, 0, 10, 10).iou(new BoundingBox(10, 0, 10, 10))).isZero();
  }

  @Test
  void iouWithEmptyBoxIsZero() {
    assertThat(new BoundingBox(0, 0, 0, 0).iou(new BoundingBox(0, 0, 0, 0))).isZero();
  }

  @Test
  void clipKeepsInsidePart() {
    BoundingBox clipped = new BoundingBox(-5, 90, 20, 30).clipTo(100, 100);

    assertThat(clipped).isEqualTo(new BoundingBox(0, 90, 15, 10));
  }

  @Test
  void clipOfBoxOutsideIsEmpty() {
    assertThat(new BoundingBox(200, 200, 10, 10).clipTo(100, 100).area()).isZero();
  }
}
