package dev.eligo.benchmarks;

/**
 * Why the JMH settings are what they are: 2 forks x (3 x 2 s warm-up + 5 x 2 s measurement) per
 * benchmark, so that all of them run in a few minutes on a 2-core machine, with error bars from
 * 10 measured iterations in 2 JVMs.
 */
final class BenchmarkSettings {
  static final int FORKS = 2;
  static final int WARMUP_ITERATIONS = 3;
  static final int MEASUREMENT_ITERATIONS = 5;
  static final int SECONDS = 2;

  private BenchmarkSettings() {}
}
