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
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON report, streamed with Jackson's generator: each patient is written when screened. Keys
 * are always present ({@code null} or {@code []} when empty) and in a fixed order.
 */
final class JsonReport implements Report {
  private final JsonGenerator json;

  JsonReport(Writer out) {
    try {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      json =
          new JsonFactory()
              .createGenerator(out)
              .setPrettyPrinter(
                  new DefaultPrettyPrinter()
                      .withObjectIndenter(indenter)
                      .withArrayIndenter(indenter));
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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

  @Override
  public void patient(PatientOutcome outcome) throws IOException {
    json.writeStartObject();
    if (outcome instanceof PatientOutcome.Screened) {
      screened((PatientOutcome.Screened) outcome);
    } else {
      failed((PatientOutcome.Failed) outcome);
    }
    json.writeEndObject();
    json.flush();
  }

  private void screened(PatientOutcome.Screened screened) throws IOException {
    ScreeningResult result = screened.result();
    json.writeStringField("id", result.patientId());
    json.writeStringField("source", screened.source());
    json.writeStringField("verdict", result.verdict().name());
    json.writeArrayFieldStart("criteria");
    for (CriterionResult c : result.criteria()) {
      criterion(c);
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

  private void failed(PatientOutcome.Failed failed) throws IOException {
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

  private void criterion(CriterionResult c) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", c.id());
    json.writeStringField("kind", Rows.kind(c));
    json.writeStringField("text", c.info().text());
    json.writeStringField("result", c.outcome().name());
    json.writeStringField("explanation", c.explain());
    json.writeFieldName("tree");
    ExplanationJson.write(json, c);
    stringArray("missing", Rows.missing(c));
    json.writeArrayFieldStart("parts");
    for (CriterionResult part : c.parts()) {
      criterion(part);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void stringArray(String name, List<String> values) throws IOException {
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
