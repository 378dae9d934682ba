package dev.eligo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, so that a progress bar is worth drawing. */
final class Terminal {
  private Terminal() {}

  /**
   * On Linux, where file descriptor 2 points ({@code /dev/pts/N} or {@code /dev/ttyN}); elsewhere
   * Java 17 can only tell whether the process has a console at all.
   */
  static boolean stderrIsTerminal() {
    Path fd2 = Path.of("/proc/self/fd/2");
    if (Files.exists(Path.of("/proc/self/fd"))) {
      try {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
