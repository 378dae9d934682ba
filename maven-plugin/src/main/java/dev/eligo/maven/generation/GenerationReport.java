package dev.eligo.maven.generation;

/**
 * What a successful run did.
 *
 * @param sources criteria files found
 * @param compiled files compiled because they, or the options, changed since the last build
 * @param written generated files whose content changed and were written
 * @param unchanged generated files that already had the right content and were left alone
 * @param deleted generated files removed because their criteria file is gone
 */
public record GenerationReport(int sources, int compiled, int written, int unchanged, int deleted) {

  /** True when the run found nothing to do: no file compiled, written or removed. */
  public boolean upToDate() {
    return compiled == 0 && written == 0 && deleted == 0;
  }
}
