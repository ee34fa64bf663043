package ai.autogon.label.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Draws prediction progress over many images on standard error.
 *
 * <p>On a terminal one line is redrawn after each chunk of images; otherwise (a log file, CI) one line is written
 * every {@link #LOG_EVERY} images and at the end.
 */
final class PredictionProgress {
  static final int LOG_EVERY = 100;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean interactive;
  private final int total;
  private int lastLogged;

  PredictionProgress(PrintWriter err, boolean interactive, int total) {
    this.err = err;
    this.interactive = interactive;
    this.total = total;
  }

  /** Reports that {@code done} of the images have results, {@code failed} of them errors. */
  void update(int done, int failed) {
    if (interactive) {
      err.print("\r" + render(done, total, failed) + "\033[K");
      if (done >= total) {
        err.println();
      }
      err.flush();
    } else if (done >= total || done - lastLogged >= LOG_EVERY) {
      err.println(render(done, total, failed));
      err.flush();
      lastLogged = done;
    }
  }

  static String render(int done, int total, int failed) {
    int filled = total == 0 ? BAR_WIDTH : BAR_WIDTH * done / total;
    String line = String.format(Locale.ROOT, "predict [%s%s] %d/%d images",
        "=".repeat(filled), " ".repeat(BAR_WIDTH - filled), done, total);
    return failed == 0 ? line : line + String.format(Locale.ROOT, ", %d failed", failed);
  }
}
