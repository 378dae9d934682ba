package dev.eligo.cli.screen;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar redrawn with a carriage return, for a terminal: {@code
 * [#########...........] 450/1000 patients 45%}. It redraws at most once per percent, so a large
 * input does not flood the terminal.
 */
public final class ProgressBar implements Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final long total;
  private int lastPercent = -1;
  private boolean shown;

  /** A bar towards {@code total} patients (an estimate: the input may hold more or fewer). */
  public ProgressBar(PrintWriter err, long total) {
    this.err = err;
    this.total = Math.max(1, total);
  }

  @Override
  public void advance(Summary sofar) {
    long done = sofar.total();
    int percent = (int) Math.min(100, done * 100 / total);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    shown = true;
    err.print('\r' + line(done, percent));
    err.flush();
  }

  @Override
  public void done() {
    if (shown) {
      err.print('\r' + " ".repeat(line(total, 100).length()) + '\r');
      err.flush();
    }
  }

  String line(long done, int percent) {
    int filled = percent * WIDTH / 100;
    return String.format(
        Locale.ROOT,
        "[%s%s] %d/%d patients %3d%%",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        done,
        total,
        percent);
  }
}
