package dev.eligo.cli.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.cli.screen.Summary;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.ProtocolInfo;
import dev.eligo.runtime.result.ScreeningResult;
import dev.eligo.runtime.result.Verdict;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON report, streamed with Jackson's generator: each patient is written when screened. Keys
 * are always present ({@code null} or {@code []} when empty) and in a fixed order.
 */
final class JsonReport implements Report {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator json;

  /** Patients written ahead on the threads that screened them, until their turn. */
  private final Map<PatientOutcome, Prepared> prepared =
      Collections.synchronizedMap(new IdentityHashMap<>());

  JsonReport(Writer out) {
    try {
      json = generator(out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonGenerator generator(Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    JsonGenerator generator =
        FACTORY
            .createGenerator(out)
            .setPrettyPrinter(
                new DefaultPrettyPrinter()
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return generator;
  }

  @Override
  public void start(ProtocolInfo protocol, LocalDate asOf) throws IOException {
    json.writeStartObject();
    json.writeStringField("protocol", protocol.id());
    json.writeStringField("title", protocol.title());
    json.writeStringField("version", protocol.version());
    json.writeStringField("asOf", asOf.toString());
    json.writeArrayFieldStart("patients");
  }

  /**
   * Writes the patient's object as it will stand in the report: at the depth of the {@code
   * patients} array, so that its lines are indented as the report's own.
   */
  @Override
  public void prepare(PatientOutcome outcome) {
    CharArrayWriter text = new CharArrayWriter(1 << 16);
    try (JsonGenerator ahead = generator(text)) {
      ahead.writeStartObject();
      ahead.writeArrayFieldStart("patients");
      ahead.flush();
      int start = text.size();
      patient(ahead, outcome);
      ahead.flush();
      char[] chars = text.toCharArray();
      int end = text.size();
      while (start < end && chars[start] != '{') {
        start++; // the array's separator and indentation: the report's generator writes its own
      }
      prepared.put(outcome, new Prepared(chars, start, end - start));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // writing to memory does not fail
    }
  }

  /**
   * A patient's object as written ahead: {@code length} chars of {@code text} from {@code start}.
   */
  private record Prepared(char[] text, int start, int length) {}

  @Override
  public void patient(PatientOutcome outcome) throws IOException {
    Prepared ahead = prepared.remove(outcome);
    if (ahead != null) {
      // The array's separator and indentation, then the object as written ahead.
      json.writeRawValue(ahead.text(), ahead.start(), ahead.length());
    } else {
      patient(json, outcome);
    }
    json.flush();
  }

  private static void patient(JsonGenerator json, PatientOutcome outcome) throws IOException {
    json.writeStartObject();
    if (outcome instanceof PatientOutcome.Screened) {
      screened(json, (PatientOutcome.Screened) outcome);
    } else {
      failed(json, (PatientOutcome.Failed) outcome);
    }
    json.writeEndObject();
  }

  private static void screened(JsonGenerator json, PatientOutcome.Screened screened)
      throws IOException {
    ScreeningResult result = screened.result();
    json.writeStringField("id", result.patientId());
    json.writeStringField("source", screened.source());
    json.writeStringField("verdict", result.verdict().name());
    json.writeArrayFieldStart("criteria");
    for (CriterionResult c : result.criteria()) {
      criterion(json, c);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("missing");
    for (Missing m : result.missing()) {
      json.writeString(m.toString());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("problems");
    for (RecordProblem problem : screened.problems()) {
      json.writeString(problem.toString());
    }
    json.writeEndArray();
    json.writeNullField("error");
  }

  private static void failed(JsonGenerator json, PatientOutcome.Failed failed) throws IOException {
    json.writeNullField("id");
    json.writeStringField("source", failed.source());
    json.writeStringField("verdict", PatientOutcome.Failed.VERDICT);
    json.writeArrayFieldStart("criteria");
    json.writeEndArray();
    json.writeArrayFieldStart("missing");
    json.writeEndArray();
    json.writeArrayFieldStart("problems");
    json.writeEndArray();
    json.writeStringField("error", failed.describe());
  }

  private static void criterion(JsonGenerator json, CriterionResult c) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", c.id());
    json.writeStringField("kind", Rows.kind(c));
    json.writeStringField("text", c.info().text());
    json.writeStringField("result", c.outcome().name());
    json.writeStringField("explanation", c.explain());
    json.writeFieldName("tree");
    ExplanationJson.write(json, c);
    stringArray(json, "missing", Rows.missing(c));
    json.writeArrayFieldStart("parts");
    for (CriterionResult part : c.parts()) {
      criterion(json, part);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void stringArray(JsonGenerator json, String name, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  @Override
  public void finish(Summary summary) throws IOException {
    json.writeEndArray();
    json.writeObjectFieldStart("summary");
    json.writeNumberField("patients", summary.total());
    for (Verdict verdict : Verdict.values()) {
      json.writeNumberField(verdict.name(), summary.count(verdict));
    }
    json.writeNumberField(PatientOutcome.Failed.VERDICT, summary.errors());
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }
}
