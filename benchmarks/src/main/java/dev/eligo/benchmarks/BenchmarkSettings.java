package dev.eligo.benchmarks;

/**
 * The JMH settings every benchmark shares: 2 forks x (8 x 2 s warm-up + 5 x 2 s measurement);
 * the two-thread benchmark warms up 16 x 2 s.
 * The generated evaluator reaches its steady state only after about 15 s of C2 compilation on 2
 * cores, hence the long warm-up; 10 measured iterations in 2 JVMs give the error bars. All
 * benchmarks together take about 4.5 minutes.
 */
final class BenchmarkSettings {
  static final int FORKS = 2;
  static final int WARMUP_ITERATIONS = 8;
  static final int MEASUREMENT_ITERATIONS = 5;
  static final int SECONDS = 2;

  private BenchmarkSettings() {}
}
