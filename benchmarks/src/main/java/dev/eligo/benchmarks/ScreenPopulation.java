package dev.eligo.benchmarks;

import dev.eligo.examples.mcrpc.NCT07298239Evaluator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Load harness: screens a directory of Synthea output (bulk NDJSON or Bundle files) with the
 * NCT07298239 evaluator through {@code PatientSources}, several passes, and prints figures.
 *
 * <p>Usage: {@code ScreenPopulation <path> [--date 2026-11-24] [--passes 3]}. The first pass
 * includes JIT warm-up; later passes show the steady state.
 */
public final class ScreenPopulation {
  private ScreenPopulation() {}

  /** Runs the passes and prints one block of figures per pass. */
  public static void main(String[] args) {
    if (args.length == 0 || args[0].startsWith("--")) {
      System.err.println("usage: ScreenPopulation <path> [--date YYYY-MM-DD] [--passes N]");
      System.exit(2);
    }
    Path input = Path.of(args[0]);
    if (!Files.exists(input)) {
      System.err.println("no such file or directory: " + input);
      System.exit(2);
    }
    LocalDate date =
        LocalDate.parse(option(args, "--date", McrpcPatient.SCREENING_DATE.toString()));
    int passes = Integer.parseInt(option(args, "--passes", "3"));
    PopulationPass pass = new PopulationPass(new NCT07298239Evaluator(), date);
    System.out.printf(
        Locale.ROOT,
        "input %s, screening date %s, %d passes, %d processors, max heap %d MiB%n",
        input,
        date,
        passes,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    for (int i = 1; i <= passes; i++) {
      print(i, pass.run(input));
    }
    System.out.printf(
        Locale.ROOT,
        "peak heap used (all passes, sum of the heap pools' peaks): %d MiB%n",
        peakHeapBytes() >> 20);
  }

  private static void print(int number, PopulationPass.Figures f) {
    double seconds = f.totalNanos() / 1e9;
    int patients = f.patients();
    System.out.printf(
        Locale.ROOT,
        "pass %d: %d patients (%d read errors, %d record problems, %.0f facts/patient) in %.2f s = %.1f patients/s%n",
        number,
        patients,
        f.readErrors(),
        f.recordProblems(),
        patients == 0 ? 0.0 : (double) f.facts() / patients,
        seconds,
        patients / seconds);
    System.out.printf(
        Locale.ROOT,
        "  read+map %.2f s (%.3f ms/patient), screen %.3f s (%.3f ms/patient), screen/read %.4f%n",
        f.readNanos() / 1e9,
        perPatientMillis(f.readNanos(), patients),
        f.screenNanos() / 1e9,
        perPatientMillis(f.screenNanos(), patients),
        (double) f.screenNanos() / Math.max(1, f.readNanos()));
    System.out.printf(
        Locale.ROOT,
        "  verdicts %s, heap used after pass %d MiB%n",
        f.verdicts(),
        usedHeapBytes() >> 20);
  }

  private static double perPatientMillis(long nanos, int patients) {
    return patients == 0 ? 0.0 : nanos / 1e6 / patients;
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 1; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private static long usedHeapBytes() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
