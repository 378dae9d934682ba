package dev.eligo.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.eligo.fhir.ExportLine;
import dev.eligo.fhir.ExportResource;
import dev.eligo.fhir.PatientJson;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The first, cheap pass over every input file: counts the lines and bytes of each chunk (so that
 * the second pass can number lines read in parallel) and picks out the resources that patients
 * share (Medications, ResearchStudies), which every executor then gets whole. It parses no line but
 * those: it reads only the {@code resourceType} of lines of bulk-export resource files.
 */
final class FirstPass {
  private static final Set<String> SHARED_TYPES = Set.of("Medication", "ResearchStudy");
  private static final StructType SCHEMA =
      new StructType()
          .add("shared", DataTypes.BooleanType, false)
          .add("path", DataTypes.StringType, false)
          .add("chunk", DataTypes.LongType, false)
          .add("lines", DataTypes.LongType, false)
          .add("bytes", DataTypes.LongType, false)
          .add("json", DataTypes.BinaryType, true);

  private FirstPass() {}

  /**
   * What the pass found: where chunks start, and each export's shared resources by {@code Type/id}.
   */
  record Result(LinePositions positions, Map<Integer, Map<String, List<SharedLine>>> shared)
      implements Serializable {
    /**
     * The shared resources of one export, every copy in file and line order, as the mapping takes
     * them.
     */
    Map<String, List<ExportResource>> sharedOf(int export) {
      Map<String, List<ExportResource>> resources = new HashMap<>();
      shared
          .getOrDefault(export, Map.of())
          .forEach(
              (key, lines) ->
                  resources.put(key, lines.stream().map(SharedLine::resource).toList()));
      return resources;
    }
  }

  /** A shared resource's line and where it is, as it travels to the executors. */
  record SharedLine(String where, byte[] json) implements Serializable {
    ExportResource resource() {
      return new ExportResource(where, json);
    }
  }

  static Result run(SparkSession spark, InputPlan plan) {
    List<InputPlan.InputFile> files = plan.allFiles();
    if (files.isEmpty()) {
      return new Result(LinePositions.of(List.of()), Map.of());
    }
    Set<String> resourceFiles = new java.util.HashSet<>();
    Map<String, InputPlan.InputFile> byUri = new HashMap<>();
    for (InputPlan.InputFile file : files) {
      byUri.put(file.uri(), file);
      if (file.export() >= 0 && !file.patients()) {
        resourceFiles.add(file.uri());
      }
    }
    List<Row> rows =
        TextLines.read(spark, files)
            .mapPartitions(new Census(resourceFiles), Encoders.row(SCHEMA))
            .collectAsList();
    List<LinePositions.ChunkCount> counts = new ArrayList<>();
    for (Row row : rows) {
      if (!row.getBoolean(0)) {
        counts.add(
            new LinePositions.ChunkCount(
                row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4)));
      }
    }
    LinePositions positions = LinePositions.of(counts);
    return new Result(positions, shared(rows, positions, byUri));
  }

  /** The shared resources of each export by {@code Type/id}, every copy, in file and line order. */
  private static Map<Integer, Map<String, List<SharedLine>>> shared(
      List<Row> rows, LinePositions positions, Map<String, InputPlan.InputFile> byUri) {
    List<Row> candidates = new ArrayList<>();
    for (Row row : rows) {
      if (row.getBoolean(0)) {
        candidates.add(row);
      }
    }
    candidates.sort(
        java.util.Comparator.comparingInt((Row r) -> file(byUri, r.getString(1)).order())
            .thenComparingLong(r -> r.getLong(2))
            .thenComparingLong(r -> r.getLong(3)));
    Map<Integer, Map<String, List<SharedLine>>> shared = new HashMap<>();
    for (Row row : candidates) {
      InputPlan.InputFile file = file(byUri, row.getString(1));
      LinePositions.Start start = positions.start(file.uri(), row.getLong(2));
      long number = start.lines() + row.getLong(3) + 1;
      long offset = start.bytes() + row.getLong(4);
      byte[] json = (byte[]) row.get(5);
      ExportLine line = PatientJson.exportLine(file.name() + ":" + number, json, false);
      if (line.role() == ExportLine.Role.SHARED) {
        shared
            .computeIfAbsent(file.export(), e -> new LinkedHashMap<>())
            .computeIfAbsent(line.key(), k -> new ArrayList<>())
            .add(new SharedLine(file.name() + " at byte " + offset, json));
      }
    }
    return shared;
  }

  static InputPlan.InputFile file(Map<String, InputPlan.InputFile> byUri, String uri) {
    InputPlan.InputFile file = byUri.get(uri);
    if (file == null) {
      throw new IllegalStateException("Spark read a file that was not listed: " + uri);
    }
    return file;
  }

  /** Counts each chunk of a partition and passes on the lines of shared types. */
  private static final class Census implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Set<String> resourceFiles;

    Census(Set<String> resourceFiles) {
      this.resourceFiles = resourceFiles;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      JsonFactory json = new JsonFactory();
      List<Row> out = new ArrayList<>();
      String rawPath = null;
      String path = null;
      long chunk = -1;
      long lines = 0;
      long bytes = 0;
      boolean sniff = false;
      while (rows.hasNext()) {
        Row row = rows.next();
        if (!row.getString(0).equals(rawPath) || row.getLong(1) != chunk) {
          if (path != null) {
            out.add(RowFactory.create(false, path, chunk, lines, bytes, null));
          }
          rawPath = row.getString(0);
          path = InputPlan.key(rawPath);
          chunk = row.getLong(1);
          lines = 0;
          bytes = 0;
          sniff = resourceFiles.contains(path);
        }
        byte[] line = (byte[]) row.get(2);
        String type = sniff ? resourceType(json, line) : null;
        if (type != null && SHARED_TYPES.contains(type)) {
          out.add(RowFactory.create(true, path, chunk, lines, bytes, TextLines.withoutCr(line)));
        }
        lines++;
        bytes += line.length + 1;
      }
      if (path != null) {
        out.add(RowFactory.create(false, path, chunk, lines, bytes, null));
      }
      return out.iterator();
    }

    /**
     * The top-level {@code resourceType}, read without building the document; null when there is
     * none.
     */
    private static String resourceType(JsonFactory json, byte[] line) {
      try (JsonParser parser = json.createParser(line)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          return null;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if ("resourceType".equals(name)) {
            return value == JsonToken.VALUE_STRING ? parser.getText() : null;
          }
          parser.skipChildren();
        }
        return null;
      } catch (IOException e) {
        return null; // not JSON: the second pass reports it, as the CLI does
      }
    }
  }
}
