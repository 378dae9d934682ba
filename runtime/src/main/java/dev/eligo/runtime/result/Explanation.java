package dev.eligo.runtime.result;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a screening result as text a screener reads: the verdict, what decided it, what is
 * missing, then per criterion a line {@code I2 MET <protocol text>} and the tree of statements
 * under it. ISO dates, plain decimals and the order of the criteria file: the same bytes on every
 * machine.
 */
final class Explanation {
  private static final int TEXT_WIDTH = 80;
  private static final String INDENT = "  ";

  private final StringBuilder out = new StringBuilder();

  private Explanation() {}

  static String render(ScreeningResult result) {
    Explanation e = new Explanation();
    e.header(result);
    for (CriterionResult c : result.criteria()) {
      e.out.append('\n');
      e.criterion(c, 0);
    }
    return e.out.toString();
  }

  /** One criterion, its explanation tree and its parts, as {@link #render} prints it. */
  static String render(CriterionResult criterion) {
    Explanation e = new Explanation();
    e.criterion(criterion, 0);
    return e.out.toString();
  }

  private void header(ScreeningResult r) {
    ProtocolInfo p = r.protocol();
    line(0, p.id() + " " + p.title() + " (version " + p.version() + ")");
    line(0, "patient " + r.patientId() + ", screened on " + r.screeningDate());
    line(0, "verdict: " + r.verdict());
    if (r.verdict() != Verdict.ELIGIBLE) {
      StringBuilder ids = new StringBuilder();
      for (CriterionResult c : r.deciding()) {
        ids.append(ids.length() == 0 ? "" : ", ").append(c.id()).append(' ').append(c.outcome());
      }
      line(0, "decided by: " + ids);
    }
    if (!r.missing().isEmpty()) {
      line(0, "missing:");
      for (Missing m : r.missing()) {
        line(1, "- " + m);
      }
    }
  }

  private void criterion(CriterionResult c, int depth) {
    line(depth, c.id() + " " + c.outcome() + "  " + shorten(c.info().text()));
    Map<Truth, String> parts = new IdentityHashMap<>();
    for (CriterionResult part : c.parts()) {
      parts.put(part.truth(), part.id());
    }
    truth(c.truth(), depth + 1, parts);
    for (CriterionResult part : c.parts()) {
      criterion(part, depth + 1);
    }
  }

  private void truth(Truth t, int depth, Map<Truth, String> parts) {
    String part = parts.get(t);
    if (part != null) {
      line(depth, t + " (see " + part + ")");
      return;
    }
    line(depth, t.toString());
    if (t.because().isEmpty()) {
      notes(t, depth + 1);
    }
    for (Truth reason : t.because()) {
      truth(reason, depth + 1, parts);
    }
  }

  /** Under a statement that rests on records directly: what was ignored, unclassified, missing. */
  private void notes(Truth t, int depth) {
    Evidence evidence = t.evidence();
    for (Evidence.Note note : evidence.ignored()) {
      line(depth, "ignored " + note);
    }
    for (Evidence.Note note : evidence.unclassified()) {
      line(depth, "unclassified " + note);
    }
    for (Evidence.Note note : evidence.unusable()) {
      line(depth, "unusable " + note);
    }
    List<Missing> missing = t.missing();
    for (Missing m : missing) {
      line(depth, "missing " + m);
    }
  }

  private static String shorten(String text) {
    String oneLine = oneLine(text.strip());
    if (oneLine.codePointCount(0, oneLine.length()) <= TEXT_WIDTH) {
      return oneLine;
    }
    int end = oneLine.offsetByCodePoints(0, TEXT_WIDTH - 3);
    return oneLine.substring(0, end).stripTrailing() + "...";
  }

  /** Each run of whitespace ({@code \\s}: space, tab, line ends, form feed) as one space. */
  private static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space) {
        out.append(c);
      } else if (!inRun) {
        out.append(' ');
      }
      inRun = space;
    }
    return out.toString();
  }

  private void line(int depth, String text) {
    out.append(INDENT.repeat(depth)).append(text).append('\n');
  }
}
