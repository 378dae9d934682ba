package dev.eligo.spark;

import dev.eligo.fhir.ExportResource;
import dev.eligo.fhir.PatientJson;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * Walks a partition sorted by export, patient, rank, file and line, and turns each patient's run of
 * lines into screened rows as the CLI's bulk reader would: the first Patient line is the patient
 * (repeats that agree are noted on it, repeats that differ make an error), resources without a
 * Patient line are reported as orphans. Only one patient's lines are held at a time.
 */
final class PatientGroups implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final Map<Integer, String> exportNames;
  private final Broadcast<FirstPass.Result> firstPass;
  private final Screener screener;
  // Made once per task from the broadcast, not once per patient.
  private transient Map<Integer, Map<String, List<ExportResource>>> shared;

  PatientGroups(
      Map<Integer, String> exportNames, Broadcast<FirstPass.Result> firstPass, Screener screener) {
    this.exportNames = exportNames;
    this.firstPass = firstPass;
    this.screener = screener;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Iterator<>() {
      private final Deque<Row> out = new ArrayDeque<>();
      private Row pending;

      @Override
      public boolean hasNext() {
        while (out.isEmpty() && (pending != null || rows.hasNext())) {
          List<Row> group = new ArrayList<>();
          group.add(pending != null ? pending : rows.next());
          pending = null;
          while (rows.hasNext()) {
            Row row = rows.next();
            if (row.getInt(0) == group.get(0).getInt(0)
                && row.getString(1).equals(group.get(0).getString(1))) {
              group.add(row);
            } else {
              pending = row;
              break;
            }
          }
          screen(group, out);
        }
        return !out.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return out.poll();
      }
    };
  }

  private Map<String, List<ExportResource>> sharedOf(int export) {
    if (shared == null) {
      shared = new java.util.HashMap<>();
    }
    return shared.computeIfAbsent(export, e -> firstPass.value().sharedOf(e));
  }

  private void screen(List<Row> group, Deque<Row> out) {
    Row first = group.get(0);
    int export = first.getInt(0);
    if (first.getInt(2) == ExportGrouping.ERROR) {
      out.add(Screener.error(first.getString(5), first.getString(8), first.getString(9)));
      return;
    }
    String patientId = first.getString(1);
    List<byte[]> patientLines = new ArrayList<>();
    List<ExportResource> resources = new ArrayList<>();
    for (Row row : group) {
      if (row.getInt(2) == ExportGrouping.PATIENT) {
        patientLines.add((byte[]) row.get(7));
      } else {
        resources.add(new ExportResource(row.getString(6), (byte[]) row.get(7)));
      }
    }
    if (patientLines.isEmpty()) {
      String name = exportNames.get(export);
      out.add(
          screener.screen(
              PatientJson.orphans(name, patientId, resources.size()),
              name + "#" + export + ":Patient/" + patientId));
      return;
    }
    // Repeated Patient lines are said on the row of the first, as the CLI's bulk reader says them.
    out.add(
        screener.screen(
            PatientJson.exportPatient(
                first.getString(5),
                patientId,
                patientLines,
                resources,
                sharedOf(export),
                screener.limits()),
            first.getString(9)));
  }
}
