package dev.eligo.compiler.testing;

import dev.eligo.compiler.diagnostic.Diagnostic;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.diagnostic.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The diagnostics a criteria file expects of the compiler, written in the file itself, in the
 * manner of the Checker Framework's {@code // :: error: (key)} markers.
 *
 * <p>A marker is a line comment whose text, after any indentation, starts with {@code // ::}:
 *
 * <pre>
 * // :: error ELG0201 @12
 * // :: warning ELG0209 @11 "never used"
 * // :: error ELG0302 @5 "'ng/mL'" "'mmol/L'"
 * </pre>
 *
 * <ul>
 *   <li>It expects one diagnostic of that severity ({@code error} or {@code warning}) and code on
 *       the next line that is not itself a marker, starting at that 1-based column. Columns count
 *       Unicode code points, as the compiler's do.
 *   <li>Several markers may stand above one line; each expects its own diagnostic.
 *   <li>Texts in double quotes after the column must each occur in the diagnostic's message.
 *   <li>A comment starting with {@code // ::} that does not read as a marker, or a marker with no
 *       line below it, is a mistake in the test file and fails the test rather than being ignored.
 * </ul>
 *
 * {@link #mismatches} compares the expectations with what the compiler reported: every expected
 * diagnostic must be reported, and every reported diagnostic must be expected.
 */
public final class ExpectedDiagnostics {
  private static final Pattern MARKER_START = Pattern.compile("^\\s*// ::");
  private static final Pattern MARKER =
      Pattern.compile("^\\s*// :: (error|warning) (ELG\\d{4}) @(\\d+)((?: \"[^\"]*\")*)\\s*$");
  private static final Pattern FRAGMENT = Pattern.compile("\"([^\"]*)\"");

  private ExpectedDiagnostics() {}

  /** One expected diagnostic. */
  public record Expected(
      Severity severity, String code, int line, int column, List<String> fragments) {
    public Expected {
      fragments = List.copyOf(fragments);
    }

    boolean matches(Diagnostic diagnostic) {
      return diagnostic.severity() == severity
          && diagnostic.code().id().equals(code)
          && diagnostic.line() == line
          && diagnostic.column() == column
          && fragments.stream().allMatch(diagnostic.message()::contains);
    }

    @Override
    public String toString() {
      return line
          + ":"
          + column
          + ": "
          + severity.label()
          + "["
          + code
          + "]"
          + (fragments.isEmpty() ? "" : " with " + fragments);
    }
  }

  /** Reads the markers of a file's text. */
  public static List<Expected> parse(String content) {
    String[] lines = content.split("\n", -1);
    List<Expected> expected = new ArrayList<>();
    List<Matcher> pending = new ArrayList<>();
    int pendingFrom = 0;
    for (int i = 0; i < lines.length; i++) {
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (MARKER_START.matcher(line).find()) {
        Matcher marker = MARKER.matcher(line);
        if (!marker.matches()) {
          throw new IllegalArgumentException(
              "line "
                  + (i + 1)
                  + ": malformed marker '"
                  + line.strip()
                  + "'; write // :: error|warning ELGnnnn @column [\"message part\" ...]");
        }
        if (pending.isEmpty()) {
          pendingFrom = i + 1;
        }
        pending.add(marker);
        continue;
      }
      for (Matcher marker : pending) {
        expected.add(expectation(marker, i + 1));
      }
      pending.clear();
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException("line " + pendingFrom + ": marker with no line below it");
    }
    return expected;
  }

  private static Expected expectation(Matcher marker, int line) {
    Severity severity = Severity.valueOf(marker.group(1).toUpperCase(Locale.ROOT));
    String code = marker.group(2);
    if (Arrays.stream(DiagnosticCode.values()).noneMatch(c -> c.id().equals(code))) {
      throw new IllegalArgumentException("line " + (line - 1) + ": no diagnostic code " + code);
    }
    List<String> fragments = new ArrayList<>();
    Matcher fragment = FRAGMENT.matcher(marker.group(4));
    while (fragment.find()) {
      fragments.add(fragment.group(1));
    }
    return new Expected(severity, code, line, Integer.parseInt(marker.group(3)), fragments);
  }

  /**
   * What differs between the expected and the reported diagnostics, readable in a test failure;
   * empty when they agree. Each reported diagnostic satisfies at most one expectation.
   */
  public static String mismatches(List<Expected> expected, List<Diagnostic> reported) {
    List<Diagnostic> unexpected = new ArrayList<>(reported);
    List<Expected> missing = new ArrayList<>();
    for (Expected expectation : expected) {
      Diagnostic match = unexpected.stream().filter(expectation::matches).findFirst().orElse(null);
      if (match == null) {
        missing.add(expectation);
      } else {
        unexpected.remove(match);
      }
    }
    if (missing.isEmpty() && unexpected.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    if (!missing.isEmpty()) {
      out.append("expected but not reported:\n");
      missing.forEach(m -> out.append("  ").append(m).append('\n'));
    }
    if (!unexpected.isEmpty()) {
      out.append("reported but not expected:\n");
      unexpected.forEach(d -> out.append(DiagnosticPrinter.print(d)));
    }
    out.append("everything reported:\n").append(DiagnosticPrinter.print(reported));
    return out.toString();
  }
}
