package dev.eligo.spark.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.eligo.spark.EvaluatorSource;
import dev.eligo.spark.PopulationScreening;
import dev.eligo.spark.ScreeningSummary;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * Screens a population on Spark in local mode and prints throughput, shuffle and memory figures
 * (docs/spark.md). Not a test: run it by hand on a quiet machine, as docs/spark.md says.
 *
 * <p>Usage: {@code SparkBenchmark <input> <output directory> [local[2]]}. The driver is the only
 * executor in local mode, so this JVM's heap is the executor's: the figure that must not grow with
 * the population is the heap still in use after each garbage collection.
 */
public final class SparkBenchmark {
  private SparkBenchmark() {}

  public static void main(String[] args) throws Exception {
    String input = args[0];
    String output = args[1];
    String master = args.length > 2 ? args[2] : "local[2]";
    AtomicLong liveAfterGc = watchLiveHeap();
    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .appName("eligo-spark-benchmark")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
    Tasks tasks = new Tasks();
    spark.sparkContext().addSparkListener(tasks);
    int cores = spark.sparkContext().defaultParallelism();
    String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
    long start = System.nanoTime();
    ScreeningSummary summary =
        new PopulationScreening(
                spark,
                EvaluatorSource.onClassPath("dev.eligo.examples.mcrpc.NCT07298239Evaluator"),
                LocalDate.of(2026, 11, 24))
            .screenTo(List.of(input), output);
    double seconds = (System.nanoTime() - start) / 1e9;
    String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
    spark.stop();

    long patients = summary.patients();
    System.out.printf(
        Locale.ROOT,
        "input %s, master %s (%d cores), max heap %d MiB%n",
        input,
        master,
        cores,
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.println(summary.counts());
    System.out.printf(
        Locale.ROOT,
        "wall %.1f s: %.0f patients/s, %.0f patients/s/core%n",
        seconds,
        patients / seconds,
        patients / seconds / cores);
    double taskCpu = tasks.cpuNanos.get() / 1e9;
    double processCpu = processCpuNanos() / 1e9;
    System.out.printf(
        Locale.ROOT,
        "tasks %d, task time %.1f s, task CPU %.1f s, GC in tasks %.1f s; JVM CPU %.1f s%n",
        tasks.count.get(),
        tasks.runMillis.get() / 1e3,
        taskCpu,
        tasks.gcMillis.get() / 1e3,
        processCpu);
    // On a shared machine wall time counts other people's work; CPU seconds count only this job's.
    System.out.printf(
        Locale.ROOT,
        "per CPU second: %.0f patients per task CPU second, %.0f per JVM CPU second%n",
        patients / taskCpu,
        patients / processCpu);
    System.out.printf(
        Locale.ROOT,
        "shuffle written %.1f MiB (%d records), read %.1f MiB; spilled to disk %.1f MiB%n",
        tasks.shuffleWritten.get() / 1048576.0,
        tasks.shuffleRecords.get(),
        tasks.shuffleRead.get() / 1048576.0,
        tasks.diskSpilled.get() / 1048576.0);
    System.out.printf(
        Locale.ROOT,
        "peak execution memory of one task %.1f MiB%n",
        tasks.peakExecution.get() / 1048576.0);
    System.out.printf(
        Locale.ROOT,
        "heap in use after GC, highest %d MiB; heap pools' peaks add up to %d MiB%n",
        liveAfterGc.get() >> 20,
        poolPeaks() >> 20);
    System.out.println("load average before: " + loadBefore + "; after: " + loadAfter);
  }

  /** Adds up what every finished task reports. */
  private static final class Tasks extends SparkListener {
    final AtomicLong count = new AtomicLong();
    final AtomicLong runMillis = new AtomicLong();
    final AtomicLong cpuNanos = new AtomicLong();
    final AtomicLong gcMillis = new AtomicLong();
    final AtomicLong shuffleWritten = new AtomicLong();
    final AtomicLong shuffleRecords = new AtomicLong();
    final AtomicLong shuffleRead = new AtomicLong();
    final AtomicLong diskSpilled = new AtomicLong();
    final AtomicLong peakExecution = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      TaskMetrics metrics = end.taskMetrics();
      if (metrics == null) {
        return;
      }
      count.incrementAndGet();
      runMillis.addAndGet(metrics.executorRunTime());
      cpuNanos.addAndGet(metrics.executorCpuTime() + metrics.executorDeserializeCpuTime());
      gcMillis.addAndGet(metrics.jvmGCTime());
      shuffleWritten.addAndGet(metrics.shuffleWriteMetrics().bytesWritten());
      shuffleRecords.addAndGet(metrics.shuffleWriteMetrics().recordsWritten());
      shuffleRead.addAndGet(metrics.shuffleReadMetrics().totalBytesRead());
      diskSpilled.addAndGet(metrics.diskBytesSpilled());
      peakExecution.accumulateAndGet(metrics.peakExecutionMemory(), Math::max);
    }
  }

  /** The highest heap use right after a collection (what is still live), over the run. */
  private static AtomicLong watchLiveHeap() {
    AtomicLong highest = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                if (!notification
                    .getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  return;
                }
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = 0;
                for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                  used += usage.getUsed();
                }
                long heap = used - nonHeapAfterGc(info);
                highest.accumulateAndGet(heap, Math::max);
              },
              null,
              null);
    }
    return highest;
  }

  private static long nonHeapAfterGc(GarbageCollectionNotificationInfo info) {
    long nonHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
      if (pool.getType() == MemoryType.NON_HEAP && after != null) {
        nonHeap += after.getUsed();
      }
    }
    return nonHeap;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long poolPeaks() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
