package dev.eligo.authoring.examples;

import dev.eligo.authoring.examples.ExamplesFile.Between;
import dev.eligo.authoring.examples.ExamplesFile.Clause;
import dev.eligo.authoring.examples.ExamplesFile.Coded;
import dev.eligo.authoring.examples.ExamplesFile.Codes;
import dev.eligo.authoring.examples.ExamplesFile.On;
import dev.eligo.authoring.examples.ExamplesFile.Range;
import dev.eligo.authoring.examples.ExamplesFile.Resolved;
import dev.eligo.authoring.examples.ExamplesFile.Since;
import dev.eligo.authoring.examples.ExamplesFile.Status;
import dev.eligo.authoring.examples.ExamplesFile.Text;

/** The word a clause is written with, for messages. */
final class ExampleClauses {
  private ExampleClauses() {}

  static String word(Clause clause) {
    if (clause instanceof On) {
      return "on";
    }
    if (clause instanceof Between) {
      return "from";
    }
    if (clause instanceof Since) {
      return "since";
    }
    if (clause instanceof Codes) {
      return "code";
    }
    if (clause instanceof Status status) {
      return status.which();
    }
    if (clause instanceof Resolved) {
      return "resolved";
    }
    if (clause instanceof Range) {
      return "range";
    }
    if (clause instanceof Coded coded) {
      return coded.which();
    }
    if (clause instanceof Text text) {
      return text.which();
    }
    return "undated";
  }
}
