package dev.eligo.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The ratios (read+map and end to end against Jackson tokenizing) measured side by side in
 * one JVM: round after round, each of the three {@link FhirBenchmark} operations runs for the same
 * time, and each round gives its own ratios. On a shared 2-vCPU machine the speed drifts by a
 * quarter from one minute to the next, so JMH, which measures one benchmark after another, can put
 * a slow minute of one against a fast minute of the other; rounds a few seconds long see the same
 * machine, and their median is what is quoted.
 *
 * <pre>
 * java -Xms4g -Xmx4g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *   -Deligo.samples=... -Deligo.synthea=... dev.eligo.benchmarks.InterleavedRatios [ROUNDS]
 * </pre>
 */
public final class InterleavedRatios {
  private static final long WARM_UP_ROUNDS = 15;
  private static final long ROUND_NANOS = 1_000_000_000L;

  private static volatile int sink;

  private InterleavedRatios() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    System.out.printf(
        Locale.ROOT,
        "%s, %d processors, Java %s; load average at the start: %s%n",
        System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        loadAverage());
    for (String input : List.of(BenchmarkInputs.SAMPLES, BenchmarkInputs.SYNTHEA)) {
      FhirBenchmark benchmark = new FhirBenchmark();
      benchmark.input = input;
      benchmark.setUp();
      List<Supplier<Object>> operations =
          List.of(benchmark::jacksonTokens, benchmark::readAndMap, benchmark::endToEnd);
      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        operations.forEach(InterleavedRatios::opsPerSecond);
      }
      double[][] rates = new double[3][rounds];
      double[] readRatios = new double[rounds];
      double[] endToEndRatios = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        for (int op = 0; op < 3; op++) {
          rates[op][round] = opsPerSecond(operations.get(op));
        }
        readRatios[round] = rates[0][round] / rates[1][round];
        endToEndRatios[round] = rates[0][round] / rates[2][round];
      }
      System.out.printf(
          Locale.ROOT,
          "%s, %d rounds: tokenizing %.0f, read+map %.1f, end to end %.1f ops/s (medians);"
              + " read+map / tokenizing %s; end to end / tokenizing %s; load average now %s%n",
          input,
          rounds,
          median(rates[0]),
          median(rates[1]),
          median(rates[2]),
          spread(readRatios),
          spread(endToEndRatios),
          loadAverage());
    }
  }

  /** Runs the operation for one round; how many it did per second. */
  private static double opsPerSecond(Supplier<Object> operation) {
    long start = System.nanoTime();
    long end = start + ROUND_NANOS;
    int done = 0;
    long now;
    do {
      if (operation.get() == null) {
        sink++; // never: the result is used, so that the work is not optimized away
      }
      done++;
      now = System.nanoTime();
    } while (now < end);
    return done * 1e9 / (now - start);
  }

  private static String spread(double[] ratios) {
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "median %.2f x (from %.2f to %.2f)",
        middleOf(sorted),
        sorted[0],
        sorted[sorted.length - 1]);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return middleOf(sorted);
  }

  private static double middleOf(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
