package dev.eligo.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings every benchmark inherits: throughput in ops/s, 2 forks x (8 x 2 s warm-up + 5 x
 * 2 s measurement); the two-thread benchmark warms up 16 x 2 s. The generated evaluator reaches its
 * steady state only after about 15 s of C2 compilation on 2 cores, hence the long warm-up; 10
 * measured iterations in 2 JVMs give the error bars. All benchmarks together take about 4.5
 * minutes. The heap is fixed and touched at start: while G1 sized it, reading the samples scored up
 * to 30% apart from one iteration to the next.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = BenchmarkSettings.FORKS,
    jvmArgsPrepend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = BenchmarkSettings.WARMUP_ITERATIONS, time = BenchmarkSettings.SECONDS)
@Measurement(
    iterations = BenchmarkSettings.MEASUREMENT_ITERATIONS,
    time = BenchmarkSettings.SECONDS)
public abstract class BenchmarkSettings {
  static final int FORKS = 2;
  static final int WARMUP_ITERATIONS = 8;
  static final int MEASUREMENT_ITERATIONS = 5;
  static final int SECONDS = 2;
}
