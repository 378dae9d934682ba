package dev.eligo.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A criterion's explanation as a JSON tree, for programs: each node's statement, value, the records
 * it used, ignored or could not classify, the data it misses and the nodes it rests on. A part's
 * result is a node naming the part ({@code "part": "I2a"}) without children, since the part carries
 * its own tree.
 */
final class ExplanationJson {
  private final JsonGenerator json;
  private final Map<Truth, String> parts = new IdentityHashMap<>();

  private ExplanationJson(JsonGenerator json) {
    this.json = json;
  }

  /** Writes the tree of {@code criterion} as the value of the current field. */
  static void write(JsonGenerator json, CriterionResult criterion) throws IOException {
    ExplanationJson tree = new ExplanationJson(json);
    for (CriterionResult part : criterion.parts()) {
      tree.parts.put(part.truth(), part.id());
    }
    tree.node(criterion.truth());
  }

  private void node(Truth t) throws IOException {
    String part = parts.get(t);
    json.writeStartObject();
    json.writeStringField("statement", t.statement());
    json.writeStringField("value", t.valueText());
    json.writeStringField("part", part);
    Evidence evidence = t.evidence();
    json.writeArrayFieldStart("records");
    for (RecordRef ref : evidence.used()) {
      json.writeString(ref.toString());
    }
    json.writeEndArray();
    notes("ignored", evidence.ignored());
    notes("unclassified", evidence.unclassified());
    json.writeArrayFieldStart("missing");
    for (Missing m : t.missing()) {
      json.writeString(m.toString());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("because");
    if (part == null) {
      for (Truth reason : t.because()) {
        node(reason);
      }
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void notes(String name, Iterable<Evidence.Note> notes) throws IOException {
    json.writeArrayFieldStart(name);
    for (Evidence.Note note : notes) {
      json.writeStartObject();
      json.writeStringField("record", note.ref().toString());
      json.writeStringField("reason", note.reason());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
