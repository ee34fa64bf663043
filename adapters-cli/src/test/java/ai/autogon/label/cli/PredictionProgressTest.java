package ai.autogon.label.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PredictionProgressTest {
  @Test
  void renderShowsBarCountAndFailures() {
    assertThat(PredictionProgress.render(8, 32, 0)).isEqualTo("predict [======                  ] 8/32 images");
    assertThat(PredictionProgress.render(32, 32, 3))
        .isEqualTo("predict [========================] 32/32 images, 3 failed");
  }

  @Test
  void logLinesEveryHundredImages() {
    StringWriter text = new StringWriter();
    PredictionProgress progress = new PredictionProgress(new PrintWriter(text), false, 250);

    for (int done = 16; done < 250; done += 16) {
      progress.update(done, 0);
    }
    progress.update(250, 1);

    assertThat(text.toString().lines()).containsExactly(
        PredictionProgress.render(112, 250, 0), PredictionProgress.render(224, 250, 0),
        PredictionProgress.render(250, 250, 1));
  }

  @Test
  void terminalRedrawsOneLine() {
    StringWriter text = new StringWriter();
    PredictionProgress progress = new PredictionProgress(new PrintWriter(text), true, 2);

    progress.update(1, 0);
    progress.update(2, 0);

    assertThat(text.toString()).isEqualTo("\r" + PredictionProgress.render(1, 2, 0) + "\033[K"
        + "\r" + PredictionProgress.render(2, 2, 0) + "\033[K" + System.lineSeparator());
  }
}
