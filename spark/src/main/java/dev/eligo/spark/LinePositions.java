package dev.eligo.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each chunk of each file starts, in lines and bytes, so that lines read in parallel are
 * named as the CLI names them ({@code bundles.ndjson:12}, {@code Observation.ndjson at byte 4096}).
 * Built on the driver from a first pass that counts the lines and bytes of every chunk.
 */
final class LinePositions implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Lines and bytes before a chunk. */
  record Start(long lines, long bytes) implements Serializable {}

  /** What the first pass counted in one chunk: its lines, and their bytes with their {@code \n}. */
  record ChunkCount(String path, long chunk, long lines, long bytes) {}

  private final Map<String, TreeMap<Long, Start>> starts = new HashMap<>();

  static LinePositions of(List<ChunkCount> counts) {
    Map<String, TreeMap<Long, ChunkCount>> byFile = new HashMap<>();
    for (ChunkCount count : counts) {
      byFile.computeIfAbsent(count.path(), p -> new TreeMap<>()).put(count.chunk(), count);
    }
    LinePositions positions = new LinePositions();
    byFile.forEach(
        (path, chunks) -> {
          TreeMap<Long, Start> fileStarts = new TreeMap<>();
          long lines = 0;
          long bytes = 0;
          for (ChunkCount chunk : chunks.values()) {
            fileStarts.put(chunk.chunk(), new Start(lines, bytes));
            lines += chunk.lines();
            bytes += chunk.bytes();
          }
          positions.starts.put(path, fileStarts);
        });
    return positions;
  }

  /** Whether any line of the file was read (an empty file has none). */
  boolean hasLines(String path) {
    return starts.containsKey(path);
  }

  Start start(String path, long chunk) {
    TreeMap<Long, Start> file = starts.get(path);
    Start start = file == null ? null : file.get(chunk);
    if (start == null) {
      // Both passes split files alike; if they did not, line numbers would silently be wrong.
      throw new IllegalStateException(
          "chunk " + chunk + " of " + path + " was not counted by the first pass");
    }
    return start;
  }
}
