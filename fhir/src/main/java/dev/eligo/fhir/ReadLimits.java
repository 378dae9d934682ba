package dev.eligo.fhir;

import java.util.Locale;

/**
 * What a source reads of each patient, and how much before it gives up on that patient: the
 * resource types in {@link #scope()}, and a Bundle (a file, an NDJSON line, or one patient's lines
 * of a bulk export) larger than {@link #maxBundleBytes()} becomes an error row for that patient
 * instead of running the whole run out of memory. Reading a Bundle holds its bytes, a JSON tree and
 * HAPI's resources at once, up to {@value #HEAP_PER_BYTE} bytes of heap per byte of JSON; the
 * default keeps one patient within half of the heap.
 *
 * @param maxBundleBytes the largest Bundle read, in bytes
 * @param scope the resource types read
 */
public record ReadLimits(long maxBundleBytes, ReadScope scope) {
  /**
   * Heap a Bundle takes while it is read and mapped, per byte of its JSON (measured:
   * docs/benchmarks.md).
   */
  static final int HEAP_PER_BYTE = 18;

  public ReadLimits {
    if (maxBundleBytes <= 0) {
      throw new IllegalArgumentException(
          "the largest Bundle must be at least 1 byte, not " + maxBundleBytes);
    }
    java.util.Objects.requireNonNull(scope, "scope");
  }

  /** Limits that read every type the mapping reads. */
  public ReadLimits(long maxBundleBytes) {
    this(maxBundleBytes, ReadScope.everything());
  }

  /** The same limits, reading only what {@code narrower} reads. */
  public ReadLimits reading(ReadScope narrower) {
    return new ReadLimits(maxBundleBytes, narrower);
  }

  /** The limits for this JVM's maximum heap. */
  public static ReadLimits forHeap() {
    return forHeap(Runtime.getRuntime().maxMemory());
  }

  /** The limits for a heap of {@code heapBytes}. */
  public static ReadLimits forHeap(long heapBytes) {
    return new ReadLimits(Math.max(1 << 20, heapBytes / 2 / HEAP_PER_BYTE));
  }

  /** Why a Bundle of this many bytes is not read, or null when it is. */
  String refusal(long bytes) {
    if (bytes <= maxBundleBytes) {
      return null;
    }
    return "the patient's data is "
        + megabytes(bytes)
        + ", more than the "
        + megabytes(maxBundleBytes)
        + " one patient may take in this run; it was not read (give Java more memory with -Xmx,"
        + " or raise --max-bundle-size)";
  }

  static String megabytes(long bytes) {
    return bytes >= 10 << 20
        ? String.format(Locale.ROOT, "%d MB", bytes >> 20)
        : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
  }
}
