package dev.eligo.spark;

import static dev.eligo.spark.OutputSchema.CRITERION;
import static dev.eligo.spark.OutputSchema.DECIDING;
import static dev.eligo.spark.OutputSchema.INPUT;
import static dev.eligo.spark.OutputSchema.KIND;
import static dev.eligo.spark.OutputSchema.ORDINAL;
import static dev.eligo.spark.OutputSchema.PARENT;
import static dev.eligo.spark.OutputSchema.RESULT;
import static dev.eligo.spark.OutputSchema.VERDICT;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.eligo.runtime.result.CriterionInfo;
import dev.eligo.runtime.result.CriterionKind;
import dev.eligo.runtime.result.ProtocolInfo;
import dev.eligo.runtime.result.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Counts the screening funnel from the written tables: verdicts, and for each top-level criterion
 * in file order how many patients it rules out, rules out first, leaves unknown, and leaves for
 * review. A few small aggregations; their results come back to the driver.
 */
final class Funnel {
  private Funnel() {}

  static ScreeningSummary count(
      Dataset<Row> patients, Dataset<Row> criteria, ProtocolInfo protocol, LocalDate asOf) {
    Map<String, Long> verdicts = counts(patients.groupBy(VERDICT).count().collectAsList());
    Dataset<Row> top = criteria.where(col(PARENT).isNull());
    Column rulesOut =
        col(KIND)
            .equalTo("inclusion")
            .and(col(RESULT).equalTo("NOT_MET"))
            .or(col(KIND).equalTo("exclusion").and(col(RESULT).equalTo("MET")));
    Map<String, long[]> perCriterion = new HashMap<>();
    for (Row row :
        top.groupBy(CRITERION)
            .agg(
                sum(when(rulesOut, 1L).otherwise(0L)),
                sum(when(col(RESULT).equalTo("UNKNOWN"), 1L).otherwise(0L)))
            .collectAsList()) {
      perCriterion.put(row.getString(0), new long[] {row.getLong(1), row.getLong(2)});
    }
    // Ordinals follow the file's order, so the smallest ruling-out ordinal is the first criterion
    // that rules out.
    Map<Integer, Long> firstByOrdinal = new HashMap<>();
    for (Row row :
        top.where(rulesOut)
            .groupBy(INPUT)
            .agg(min(ORDINAL).as("first"))
            .groupBy("first")
            .count()
            .collectAsList()) {
      firstByOrdinal.put(row.getInt(0), row.getLong(1));
    }
    Map<String, Integer> ordinals = new HashMap<>();
    for (Row row : top.select(CRITERION, ORDINAL).distinct().collectAsList()) {
      ordinals.put(row.getString(0), row.getInt(1));
    }
    Map<String, Long> review =
        counts(
            patients
                .where(col(VERDICT).equalTo(Verdict.NEEDS_REVIEW.name()))
                .select(explode(col(DECIDING)).as(CRITERION))
                .groupBy(CRITERION)
                .count()
                .collectAsList());

    long screened =
        verdicts.values().stream().mapToLong(Long::longValue).sum()
            - verdicts.getOrDefault(Screener.ERROR_VERDICT, 0L);
    long remaining = screened;
    List<FunnelStep> steps = new ArrayList<>();
    for (CriterionInfo info : topLevel(protocol)) {
      long[] counts = perCriterion.getOrDefault(info.id(), new long[2]);
      Integer ordinal = ordinals.get(info.id());
      long first = ordinal == null ? 0 : firstByOrdinal.getOrDefault(ordinal, 0L);
      remaining -= first;
      steps.add(
          new FunnelStep(
              steps.size() + 1,
              info.id(),
              info.kind() == CriterionKind.INCLUSION ? "inclusion" : "exclusion",
              info.text(),
              counts[0],
              first,
              remaining,
              counts[1],
              review.getOrDefault(info.id(), 0L)));
    }
    return new ScreeningSummary(
        protocol,
        asOf,
        verdicts.getOrDefault(Verdict.ELIGIBLE.name(), 0L),
        verdicts.getOrDefault(Verdict.INELIGIBLE.name(), 0L),
        verdicts.getOrDefault(Verdict.NEEDS_REVIEW.name(), 0L),
        verdicts.getOrDefault(Screener.ERROR_VERDICT, 0L),
        steps);
  }

  /** The protocol's criteria that are no other criterion's part, in file order. */
  static List<CriterionInfo> topLevel(ProtocolInfo protocol) {
    Set<String> parts = new HashSet<>();
    protocol.criteria().forEach(c -> parts.addAll(c.parts()));
    return protocol.criteria().stream().filter(c -> !parts.contains(c.id())).toList();
  }

  private static Map<String, Long> counts(List<Row> rows) {
    Map<String, Long> counts = new HashMap<>();
    rows.forEach(row -> counts.put(row.getString(0), row.getLong(1)));
    return counts;
  }
}
