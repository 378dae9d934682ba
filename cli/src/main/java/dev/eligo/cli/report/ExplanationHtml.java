package dev.eligo.cli.report;

import static dev.eligo.cli.report.Html.escape;

import dev.eligo.cli.screen.RecordNames;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One criterion's explanation as nested lists: each statement with its value, the statements it
 * rests on beneath it, and under a statement that rests on records, what was ignored, could not be
 * classified or is missing. A part's result is linked to the part's own row, not repeated.
 */
final class ExplanationHtml {
  private final StringBuilder out = new StringBuilder(1024);
  private final RecordNames names;
  private final String anchorPrefix;

  /** A part's result is the same object in its criterion's tree: identity finds it. */
  private final Map<Truth, CriterionResult> parts = new IdentityHashMap<>();

  private ExplanationHtml(RecordNames names, String anchorPrefix) {
    this.names = names;
    this.anchorPrefix = anchorPrefix;
  }

  /** The explanation of {@code criterion}; parts link to {@code #<anchorPrefix><part id>}. */
  static String render(CriterionResult criterion, RecordNames names, String anchorPrefix) {
    ExplanationHtml html = new ExplanationHtml(names, anchorPrefix);
    for (CriterionResult part : criterion.parts()) {
      html.parts.put(part.truth(), part);
    }
    html.out.append("<ul class=\"tree\">");
    html.node(criterion.truth());
    html.out.append("</ul>");
    return html.out.toString();
  }

  private void node(Truth t) {
    CriterionResult part = parts.get(t);
    out.append("<li>");
    statement(t);
    if (part != null) {
      out.append(" <a class=\"see\" href=\"#")
          .append(escape(anchorPrefix + part.id()))
          .append("\">see ")
          .append(escape(part.id()))
          .append("</a></li>");
      return;
    }
    if (!t.because().isEmpty()) {
      out.append("<ul>");
      for (Truth reason : t.because()) {
        node(reason);
      }
      out.append("</ul>");
    } else {
      notes(t);
    }
    out.append("</li>");
  }

  private void statement(Truth t) {
    out.append("<span class=\"st\">")
        .append(escape(names.inText(t.statement())))
        .append("</span> <span class=\"v ")
        .append(t.valueText())
        .append("\">")
        .append(t.valueText())
        .append("</span>");
  }

  /** Under a statement that rests on records directly: what was ignored, unclassified, missing. */
  private void notes(Truth t) {
    Evidence evidence = t.evidence();
    if (evidence.ignored().isEmpty()
        && evidence.unclassified().isEmpty()
        && t.missing().isEmpty()) {
      return;
    }
    out.append("<ul>");
    for (Evidence.Note note : evidence.ignored()) {
      note("ignored", note.toString());
    }
    for (Evidence.Note note : evidence.unclassified()) {
      note("unclassified", note.toString());
    }
    for (Missing m : t.missing()) {
      note("missing", m.toString());
    }
    out.append("</ul>");
  }

  private void note(String kind, String text) {
    out.append("<li class=\"note ")
        .append(kind)
        .append("\"><span class=\"st\">")
        .append(kind)
        .append(' ')
        .append(escape(names.inText(text)))
        .append("</span></li>");
  }
}
