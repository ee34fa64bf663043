package ai.autogon.label.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskAlignedAssignerTest {
  // A 32-pixel input has 4x4 anchors at stride 8, 2x2 at stride 16 and 1 at stride 32: 21 in all.
  private final AnchorGrid grid = new AnchorGrid(32);

  @Test
  void picksTopAlignedAnchorsInsideTheBox() {
    // given one box covering the top-left 16x16 pixels (stride-8 anchors 0, 1, 4, 5 and stride-16 anchor 16)
    float[] truths = {0, 0, 16, 16};
    int[] labels = {1};
    float[] boxes = predictedBoxes(16, 16);
    float[] scores = uniformScores(0.5f);
    scores[5 * 2 + 1] = 0.9f;

    // when
    TaskAlignedAssigner.Assignment assignment = new TaskAlignedAssigner(2, 0.5, 6).assign(scores, 2, boxes, grid, truths, labels);

    // then anchor 5 has the best score and anchor 16 the best-fitting predicted box
    assertThat(positives(assignment)).containsExactly(5, 16);
    assertThat(assignment.targetScore()[16]).isGreaterThan(0f);
    assertThat(assignment.truthIndex()[0]).isEqualTo(-1);
  }

  @Test
  void anchorClaimedByTwoBoxesGoesToTheBetterOverlap() {
    // given two boxes that both contain the stride-32 anchor at (16, 16)
    float[] truths = {2, 2, 30, 30, 14, 14, 18, 18};
    int[] labels = {0, 1};
    float[] boxes = predictedBoxes(28, 28);
    float[] scores = uniformScores(0.5f);

    // when
    TaskAlignedAssigner.Assignment assignment = new TaskAlignedAssigner(10, 0.5, 6).assign(scores, 2, boxes, grid, truths, labels);

    // then the large box wins the anchor whose predicted 28x28 box matches it better
    assertThat(assignment.truthIndex()[20]).isZero();
  }

  @Test
  void noBoxesMeansNoPositives() {
    // when
    TaskAlignedAssigner.Assignment assignment =
        new TaskAlignedAssigner(10, 0.5, 6).assign(uniformScores(0.5f), 2, predictedBoxes(8, 8), grid, new float[0], new int[0]);

    // then
    assertThat(assignment.positives()).isZero();
  }

  /** Returns, for each anchor, a box of the given size centred on the anchor. */
  private float[] predictedBoxes(float width, float height) {
    float[] boxes = new float[grid.size() * 4];
    for (int a = 0; a < grid.size(); a++) {
      boxes[a * 4] = grid.pixelX(a) - width / 2;
      boxes[a * 4 + 1] = grid.pixelY(a) - height / 2;
      boxes[a * 4 + 2] = grid.pixelX(a) + width / 2;
      boxes[a * 4 + 3] = grid.pixelY(a) + height / 2;
    }
    return boxes;
  }

  private float[] uniformScores(float value) {
    float[] scores = new float[grid.size() * 2];
    java.util.Arrays.fill(scores, value);
    return scores;
  }

  private static List<Integer> positives(TaskAlignedAssigner.Assignment assignment) {
    List<Integer> anchors = new ArrayList<>();
    for (int a = 0; a < assignment.truthIndex().length; a++) {
      if (assignment.truthIndex()[a] >= 0) {
        anchors.add(a);
      }
    }
    return anchors;
  }
}
