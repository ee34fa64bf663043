package ai.autogon.label.cli;

import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Draws training progress on standard error.
 *
 * <p>On a terminal one line is redrawn after each batch; otherwise (a log file, CI) one line is written per epoch.
 */
final class ProgressBar implements TrainingListener {
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean interactive;
  private boolean lineOpen;

  ProgressBar(PrintWriter err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
  }

  @Override
  public void onProgress(TrainingProgress progress) {
    boolean epochDone = progress.batch() >= progress.totalBatches();
    if (interactive) {
      err.print("\r" + render(progress) + "\033[K");
      lineOpen = true;
      if (epochDone) {
        err.println();
        lineOpen = false;
      }
      err.flush();
    } else if (epochDone) {
      err.println(render(progress));
    }
  }

  @Override
  public void onNotice(String message) {
    if (lineOpen) {
      err.println();
      lineOpen = false;
    }
    err.println("note: " + message);
  }

  /** Ends an open progress line so that later output starts on its own line. */
  void finish() {
    if (lineOpen) {
      err.println();
      lineOpen = false;
    }
  }

  static String render(TrainingProgress progress) {
    int filled = progress.totalBatches() == 0 ? 0 : BAR_WIDTH * progress.batch() / progress.totalBatches();
    StringBuilder line = new StringBuilder();
    line.append(String.format(Locale.ROOT, "epoch %d/%d [", progress.epoch(), progress.totalEpochs()));
    line.append("=".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled)).append("] ");
    line.append(progress.batch()).append('/').append(progress.totalBatches());
    for (Map.Entry<String, Double> loss : progress.losses().entrySet()) {
      line.append(String.format(Locale.ROOT, "  %s %.3f", loss.getKey(), loss.getValue()));
    }
    line.append("  elapsed ").append(clock(progress.elapsed()));
    progress.remaining().ifPresent(left -> line.append("  left ").append(clock(left)));
    return line.toString();
  }

  static String clock(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
