package dev.eligo.authoring.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.eligo.runtime.result.CriterionInfo;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.ProtocolInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which results the examples drive each criterion and part to: for every criterion of the protocol,
 * the examples that make it met, not met and unknown. Full coverage is every criterion and part
 * seen with all three, so that each branch of its logic has been shown to an author.
 */
public final class OutcomeCoverage {
  private final ProtocolInfo protocol;
  private final Map<String, Map<CriterionOutcome, List<String>>> seen = new LinkedHashMap<>();

  public OutcomeCoverage(ProtocolInfo protocol) {
    this.protocol = protocol;
    for (CriterionInfo criterion : protocol.criteria()) {
      Map<CriterionOutcome, List<String>> byOutcome = new EnumMap<>(CriterionOutcome.class);
      for (CriterionOutcome outcome : CriterionOutcome.values()) {
        byOutcome.put(outcome, new ArrayList<>());
      }
      seen.put(criterion.id(), byOutcome);
    }
  }

  /** Counts the outcomes of one screened example. */
  public void add(ExampleResult example) {
    for (CriterionInfo criterion : protocol.criteria()) {
      example
          .result()
          .criterion(criterion.id())
          .map(CriterionResult::outcome)
          .ifPresent(
              outcome -> seen.get(criterion.id()).get(outcome).add(example.example().title()));
    }
  }

  /** Each criterion and outcome no example produces, as {@code E3b unknown}. */
  public List<String> gaps() {
    List<String> gaps = new ArrayList<>();
    seen.forEach(
        (id, byOutcome) ->
            byOutcome.forEach(
                (outcome, examples) -> {
                  if (examples.isEmpty()) {
                    gaps.add(id + " " + Expected.words(outcome));
                  }
                }));
    return gaps;
  }

  public boolean isFull() {
    return gaps().isEmpty();
  }

  /** The share of criterion-outcome pairs some example produces, 0 to 100. */
  public int percent() {
    int total = seen.size() * CriterionOutcome.values().length;
    return total == 0 ? 100 : (total - gaps().size()) * 100 / total;
  }

  /** A table: criterion, then how many examples give each outcome, a dash for none. */
  public String table() {
    StringBuilder out =
        new StringBuilder(
            String.format("%-10s %5s %8s %8s%n", "CRITERION", "MET", "NOT MET", "UNKNOWN"));
    seen.forEach(
        (id, byOutcome) ->
            out.append(
                String.format(
                    "%-10s %5s %8s %8s%n",
                    id,
                    count(byOutcome.get(CriterionOutcome.MET)),
                    count(byOutcome.get(CriterionOutcome.NOT_MET)),
                    count(byOutcome.get(CriterionOutcome.UNKNOWN)))));
    List<String> gaps = gaps();
    out.append(
        String.format(
            "%noutcome coverage: %d%% (%d of %d criterion outcomes)%s%n",
            percent(),
            seen.size() * 3 - gaps.size(),
            seen.size() * 3,
            gaps.isEmpty() ? "" : "; never: " + String.join(", ", gaps)));
    return out.toString();
  }

  /** The same as JSON: per criterion, the examples giving each outcome. */
  public String json() {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("protocol", protocol.id());
      json.writeBooleanField("full", isFull());
      json.writeNumberField("percent", percent());
      json.writeArrayFieldStart("gaps");
      for (String gap : gaps()) {
        json.writeString(gap);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("criteria");
      for (Map.Entry<String, Map<CriterionOutcome, List<String>>> entry : seen.entrySet()) {
        json.writeStartObject();
        json.writeStringField("id", entry.getKey());
        for (CriterionOutcome outcome : CriterionOutcome.values()) {
          json.writeArrayFieldStart(field(outcome));
          for (String example : entry.getValue().get(outcome)) {
            json.writeString(example);
          }
          json.writeEndArray();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private static String field(CriterionOutcome outcome) {
    switch (outcome) {
      case MET:
        return "met";
      case NOT_MET:
        return "notMet";
      case UNKNOWN:
        return "unknown";
    }
    throw new AssertionError(outcome);
  }

  private static String count(List<String> examples) {
    return examples.isEmpty() ? "-" : String.valueOf(examples.size());
  }
}
