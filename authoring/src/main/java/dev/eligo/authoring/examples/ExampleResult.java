package dev.eligo.authoring.examples;

import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.result.ScreeningResult;
import java.util.List;

/** An example screened: its result and how it differs from what the example expects. */
public record ExampleResult(
    CompiledExample example, ScreeningResult result, List<Expected.Mismatch> mismatches) {
  public ExampleResult {
    mismatches = List.copyOf(mismatches);
  }

  /** Screens the example's patient on its screening date with its inputs. */
  public static ExampleResult run(ProtocolEvaluator evaluator, CompiledExample example) {
    ScreeningResult result = evaluator.screen(example.patient(), example.screening());
    return new ExampleResult(example, result, example.expected().mismatches(result));
  }

  public boolean passed() {
    return mismatches.isEmpty();
  }

  /**
   * The failure as a reader needs it: where, which example, each mismatch and the criteria's
   * explanations.
   */
  public String failureReport() {
    return example.location()
        + ": "
        + example.title()
        + "\n"
        + Expected.report(result, mismatches).indent(2).replaceAll("(?m)^ +$", "");
  }
}
