package dev.eligo.authoring.examples;

import dev.eligo.authoring.examples.ExamplesFile.Amount;
import dev.eligo.authoring.examples.ExamplesFile.Answer;
import dev.eligo.authoring.examples.ExamplesFile.Between;
import dev.eligo.authoring.examples.ExamplesFile.Birth;
import dev.eligo.authoring.examples.ExamplesFile.Clause;
import dev.eligo.authoring.examples.ExamplesFile.Coded;
import dev.eligo.authoring.examples.ExamplesFile.CodedValue;
import dev.eligo.authoring.examples.ExamplesFile.Codes;
import dev.eligo.authoring.examples.ExamplesFile.Example;
import dev.eligo.authoring.examples.ExamplesFile.Expectation;
import dev.eligo.authoring.examples.ExamplesFile.Fact;
import dev.eligo.authoring.examples.ExamplesFile.InputValue;
import dev.eligo.authoring.examples.ExamplesFile.Line;
import dev.eligo.authoring.examples.ExamplesFile.Located;
import dev.eligo.authoring.examples.ExamplesFile.On;
import dev.eligo.authoring.examples.ExamplesFile.OutcomeExpectation;
import dev.eligo.authoring.examples.ExamplesFile.Range;
import dev.eligo.authoring.examples.ExamplesFile.Removal;
import dev.eligo.authoring.examples.ExamplesFile.Resolved;
import dev.eligo.authoring.examples.ExamplesFile.SexLine;
import dev.eligo.authoring.examples.ExamplesFile.Since;
import dev.eligo.authoring.examples.ExamplesFile.Status;
import dev.eligo.authoring.examples.ExamplesFile.Text;
import dev.eligo.authoring.examples.ExamplesFile.Undated;
import dev.eligo.authoring.examples.ExamplesFile.Value;
import dev.eligo.authoring.examples.ExamplesFile.VerdictExpectation;
import dev.eligo.compiler.ast.CodeLiteral;
import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.ast.Identifier;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.source.SourceSpan;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses an examples file (docs/authoring.md gives its grammar). Every line is read on its own: a
 * mistake is reported with its place and the parser goes on with the next line, so one run reports
 * every mistake. Never throws for anything in the file.
 */
public final class ExamplesParser {
  /** Words that start a clause of a fact, so they cannot be a value. */
  private static final Set<String> CLAUSE_WORDS =
      Set.of(
          "on",
          "from",
          "since",
          "code",
          "status",
          "verification",
          "clinical",
          "resolved",
          "range",
          "route",
          "reason",
          "conclusion",
          "study",
          "id",
          "undated");

  private final DiagnosticSink sink;
  private final List<Token> tokens;
  private int next;

  private ExamplesParser(DiagnosticSink sink) {
    this.sink = sink;
    this.tokens = Lexer.tokens(sink);
  }

  /** The examples file of the sink's source, or {@code null} when it has no header at all. */
  public static ExamplesFile parse(DiagnosticSink sink) {
    return new ExamplesParser(sink).file();
  }

  private ExamplesFile file() {
    skipBlankLines();
    Identifier protocol = header();
    DateExpr screening = null;
    List<Example> examples = new ArrayList<>();
    ExampleBuilder current = null;
    while (peek().kind() != Token.Kind.END) {
      skipBlankLines();
      if (peek().kind() == Token.Kind.END) {
        break;
      }
      try {
        Token first = peek();
        if (first.is("example")) {
          if (current != null) {
            examples.add(current.build());
          }
          current = exampleHeader();
        } else if (first.is("screening") && current == null) {
          next++;
          screening = date();
        } else if (current == null) {
          throw error(first, "expected 'example' to start an example (every fact belongs to one)");
        } else {
          current.line();
        }
        endOfLine();
      } catch (SyntaxError e) {
        skipToNextLine();
      }
    }
    if (current != null) {
      examples.add(current.build());
    }
    return protocol == null ? null : new ExamplesFile(sink.file(), protocol, screening, examples);
  }

  private Identifier header() {
    try {
      expectWord("examples", "an examples file starts with 'examples for <protocol id>'");
      expectWord("for", "write 'examples for <protocol id>'");
      Token id = peek();
      if (id.kind() != Token.Kind.WORD && id.kind() != Token.Kind.STRING) {
        throw error(id, "expected the protocol id after 'examples for'");
      }
      next++;
      endOfLine();
      return new Identifier(id.text(), id.span());
    } catch (SyntaxError e) {
      skipToNextLine();
      return null;
    }
  }

  // example [NAME] "description" [like NAME | bundle "file"]
  private ExampleBuilder exampleHeader() {
    Token start = take();
    Identifier name = null;
    if (peek().kind() == Token.Kind.WORD) {
      name = identifier("a name for the example");
    }
    Token description = peek();
    if (description.kind() != Token.Kind.STRING) {
      throw error(description, "expected the example's description in double quotes");
    }
    next++;
    ExampleBuilder example = new ExampleBuilder(name, description.text(), start.span());
    if (peek().is("like")) {
      next++;
      example.base = identifier("the name of the example this one starts from");
    } else if (peek().is("bundle")) {
      next++;
      Token file = peek();
      if (file.kind() != Token.Kind.STRING) {
        throw error(file, "expected the Bundle file's path in double quotes");
      }
      next++;
      example.bundle = new Located<>(file.text(), file.span());
    }
    return example;
  }

  /** Collects one example's lines. */
  private final class ExampleBuilder {
    final Identifier name;
    final String description;
    final SourceSpan span;
    Identifier base;
    Located<String> bundle;
    DateExpr screening;
    final List<Line> lines = new ArrayList<>();
    final List<Expectation> expectations = new ArrayList<>();

    ExampleBuilder(Identifier name, String description, SourceSpan span) {
      this.name = name;
      this.description = description;
      this.span = span;
    }

    void line() {
      Token first = peek();
      if (first.is("screening")) {
        next++;
        screening = date();
      } else if (first.is("born")) {
        next++;
        DateExpr born = accept("unknown") ? null : date();
        lines.add(new Birth(born, null, first.span().to(previous().span())));
      } else if (first.is("age")) {
        next++;
        BigDecimal years = number("the age in years");
        expectWord(Set.of("year", "years"), "write the age as 'age 68 years'");
        lines.add(new Birth(null, years, first.span().to(previous().span())));
      } else if (first.is("sex")) {
        next++;
        Identifier sex = identifier("male, female, other or unknown");
        lines.add(new SexLine(sex, first.span().to(sex.span())));
      } else if (first.is("input")) {
        next++;
        lines.add(input(first));
      } else if (first.is("no")) {
        next++;
        List<Identifier> names = new ArrayList<>();
        do {
          names.add(identifier("a data name of the criteria file"));
        } while (accept(","));
        lines.add(new Removal(names, first.span().to(previous().span())));
      } else if (first.is("expect")) {
        next++;
        expectation(first);
      } else if (first.is("also")) {
        next++;
        lines.add(fact(true, first));
      } else if (first.kind() == Token.Kind.WORD) {
        lines.add(fact(false, first));
      } else {
        throw error(
            first,
            "expected a fact (a data name of the criteria file), 'born', 'sex', 'input', 'no' or 'expect'");
      }
    }

    void expectation(Token start) {
      Token first = peek();
      Verdict verdict = verdict();
      if (verdict != null) {
        List<Identifier> by = new ArrayList<>();
        if (accept("by")) {
          do {
            by.add(identifier("a criterion id"));
          } while (accept(","));
        }
        expectations.add(new VerdictExpectation(verdict, by, start.span().to(previous().span())));
        return;
      }
      if (first.kind() != Token.Kind.WORD) {
        throw error(
            first, "expected a verdict (eligible, ineligible, needs review) or a criterion id");
      }
      do {
        Identifier criterion = identifier("a criterion id");
        CriterionOutcome outcome = outcome();
        expectations.add(
            new OutcomeExpectation(criterion, outcome, criterion.span().to(previous().span())));
      } while (accept(","));
    }

    Example build() {
      return new Example(name, description, base, bundle, screening, lines, expectations, span);
    }
  }

  private Verdict verdict() {
    if (accept("eligible")) {
      return Verdict.ELIGIBLE;
    }
    if (accept("ineligible")) {
      return Verdict.INELIGIBLE;
    }
    if (peek().is("needs")) {
      next++;
      expectWord("review", "write 'needs review'");
      return Verdict.NEEDS_REVIEW;
    }
    return null;
  }

  private CriterionOutcome outcome() {
    if (accept("met")) {
      return CriterionOutcome.MET;
    }
    if (accept("unknown")) {
      return CriterionOutcome.UNKNOWN;
    }
    if (accept("not")) {
      expectWord("met", "write 'not met'");
      return CriterionOutcome.NOT_MET;
    }
    throw error(peek(), "expected met, not met or unknown");
  }

  // input NAME (DATE | NUMBER [UNIT] | WORD)
  private InputValue input(Token start) {
    Identifier name = identifier("the name of a screening input");
    Token first = peek();
    DateExpr date = null;
    String text;
    if (first.kind() == Token.Kind.DATE
        || first.is("screening")
        || first.kind() == Token.Kind.NUMBER
            && tokens.get(next + 1).kind() == Token.Kind.WORD
            && durationUnit(tokens.get(next + 1).text()) != null) {
      date = date();
      text = null;
    } else if (first.kind() == Token.Kind.NUMBER) {
      next++;
      text = first.text();
      if (peek().kind() == Token.Kind.UNIT) {
        text += " " + take().text();
      }
    } else if (first.kind() == Token.Kind.WORD || first.kind() == Token.Kind.CODE) {
      next++;
      text = first.text();
    } else {
      throw error(
          first,
          "expected the input's value: a date, a number, a quantity such as 100 'mg', true, false,"
              + " a code, or unknown");
    }
    return new InputValue(
        name, date, text, first.span().to(previous().span()), start.span().to(previous().span()));
  }

  // NAME [value] clause*
  private Fact fact(boolean also, Token start) {
    Identifier concept = identifier("a data name of the criteria file");
    Value value = value();
    List<Clause> clauses = new ArrayList<>();
    while (peek().kind() != Token.Kind.NEWLINE) {
      clauses.add(clause());
    }
    return new Fact(concept, also, value, clauses, start.span().to(previous().span()));
  }

  private Value value() {
    Token first = peek();
    if (first.is("yes") || first.is("no") || first.is("unanswered")) {
      next++;
      return new Answer(first.is("unanswered") ? null : first.is("yes"), first.span());
    }
    if (first.is("<")
        || first.is("<=")
        || first.is(">")
        || first.is(">=")
        || first.kind() == Token.Kind.NUMBER) {
      String comparator = first.kind() == Token.Kind.SYMBOL ? take().text() : null;
      BigDecimal number = number("a number");
      Located<String> unit = null;
      if (peek().kind() == Token.Kind.UNIT) {
        Token u = take();
        unit = new Located<>(u.text(), u.span());
      }
      return new Amount(comparator, number, unit, first.span().to(previous().span()));
    }
    if (first.kind() == Token.Kind.WORD && !CLAUSE_WORDS.contains(first.text())) {
      CodeSetTerm codes = codes();
      return new CodedValue(codes, codes.span());
    }
    return null;
  }

  private Clause clause() {
    Token word = peek();
    if (word.kind() != Token.Kind.WORD || !CLAUSE_WORDS.contains(word.text())) {
      throw error(
          word,
          "expected a clause such as 'on @2026-11-21', 'status final' or 'range ..40 'U/L'', or the end of the line");
    }
    next++;
    switch (word.text()) {
      case "on":
        return new On(date(), word.span().to(previous().span()));
      case "from":
        {
          DateExpr from = date();
          expectWord("to", "write 'from DATE to DATE'");
          DateExpr to = date();
          return new Between(from, to, word.span().to(previous().span()));
        }
      case "since":
        return new Since(date(), word.span().to(previous().span()));
      case "code":
        {
          List<CodeSetTerm> terms = new ArrayList<>();
          do {
            terms.add(codes());
          } while (accept(","));
          return new Codes(terms, word.span().to(previous().span()));
        }
      case "status":
      case "verification":
      case "clinical":
        return new Status(
            word.text(), identifier("a status code"), word.span().to(previous().span()));
      case "resolved":
        DateExpr abated = accept("on") ? date() : null;
        return new Resolved(abated, word.span().to(previous().span()));
      case "range":
        return range(word);
      case "route":
      case "reason":
      case "conclusion":
        return new Coded(word.text(), codes(), word.span().to(previous().span()));
      case "study":
      case "id":
        {
          Token text = peek();
          if (text.kind() != Token.Kind.STRING) {
            throw error(text, "expected the " + word.text() + " in double quotes");
          }
          next++;
          return new Text(word.text(), text.text(), word.span().to(text.span()));
        }
      default:
        return new Undated(word.span());
    }
  }

  // range [LOW] .. [HIGH] ['unit'] [type WORD]
  private Range range(Token word) {
    BigDecimal low = peek().kind() == Token.Kind.NUMBER ? number("the range's low end") : null;
    if (!accept("..")) {
      throw error(peek(), "write a range as LOW..HIGH, ..HIGH or LOW.., e.g. range ..40 'U/L'");
    }
    BigDecimal high = peek().kind() == Token.Kind.NUMBER ? number("the range's high end") : null;
    Located<String> unit = null;
    if (peek().kind() == Token.Kind.UNIT) {
      Token u = take();
      unit = new Located<>(u.text(), u.span());
    }
    Identifier type =
        accept("type") ? identifier("the range's type, e.g. normal or treatment") : null;
    return new Range(low, high, unit, type, word.span().to(previous().span()));
  }

  // SYSTEM {code, ...}, "system-uri" {code, ...} or a value set name
  private CodeSetTerm codes() {
    Identifier name;
    if (peek().kind() == Token.Kind.STRING) {
      Token uri = take();
      name = new Identifier(uri.text(), uri.span());
      if (!peek().is("{")) {
        throw error(peek(), "expected '{' and codes after the system's URI");
      }
    } else {
      name = identifier("a value set name or codes such as LOINC {2857-1}");
    }
    if (!accept("{")) {
      return new CodeSetTerm.ValueSetReference(name, name.span());
    }
    List<CodeLiteral> codes = new ArrayList<>();
    do {
      Token code = peek();
      if (code.kind() != Token.Kind.CODE && code.kind() != Token.Kind.STRING) {
        throw error(code, "expected a code");
      }
      next++;
      codes.add(new CodeLiteral(code.text(), code.span()));
    } while (accept(","));
    if (!accept("}")) {
      throw error(peek(), "expected ',' or '}' after a code");
    }
    return new CodeSetTerm.InlineCodes(name, codes, name.span().to(previous().span()));
  }

  private DateExpr date() {
    Token first = peek();
    if (first.kind() == Token.Kind.DATE) {
      next++;
      try {
        return new DateExpr.Written(RecordDate.parse(first.text()), first.span());
      } catch (IllegalArgumentException e) {
        sink.report(
            DiagnosticCode.INVALID_DATE,
            first.span(),
            "there is no date "
                + first.text()
                + " (write @YYYY-MM-DD, @YYYY-MM, @YYYY or an ISO date-time)");
        return new DateExpr.Written(null, first.span());
      }
    }
    if (accept("screening")) {
      return new DateExpr.Relative(0, Expr.DurationUnit.DAYS, first.span());
    }
    if (first.kind() == Token.Kind.NUMBER) {
      BigDecimal amount = number("a number of days, weeks, months or years");
      Token unitWord = peek();
      Expr.DurationUnit unit = durationUnit(unitWord.text());
      if (unit == null || unitWord.kind() != Token.Kind.WORD) {
        throw error(unitWord, "expected days, weeks, months or years");
      }
      next++;
      boolean before = accept("before");
      if (!before && !accept("after")) {
        throw error(peek(), "expected 'before screening' or 'after screening'");
      }
      expectWord(
          "screening",
          "write '"
              + amount
              + " "
              + unitWord.text()
              + (before ? " before" : " after")
              + " screening'");
      if (amount.stripTrailingZeros().scale() > 0) {
        sink.report(
            DiagnosticCode.INVALID_DURATION,
            first.span().to(unitWord.span()),
            "a duration is a whole number of " + unitWord.text());
      }
      long signed = before ? -amount.longValue() : amount.longValue();
      return new DateExpr.Relative(signed, unit, first.span().to(previous().span()));
    }
    throw error(first, "expected a date: @2026-11-21, screening, or '3 days before screening'");
  }

  private static Expr.DurationUnit durationUnit(String word) {
    switch (word) {
      case "day":
      case "days":
        return Expr.DurationUnit.DAYS;
      case "week":
      case "weeks":
        return Expr.DurationUnit.WEEKS;
      case "month":
      case "months":
        return Expr.DurationUnit.MONTHS;
      case "year":
      case "years":
        return Expr.DurationUnit.YEARS;
      default:
        return null;
    }
  }

  private BigDecimal number(String what) {
    Token token = peek();
    if (token.kind() != Token.Kind.NUMBER) {
      throw error(token, "expected " + what);
    }
    next++;
    return new BigDecimal(token.text());
  }

  private Identifier identifier(String what) {
    Token token = peek();
    if (token.kind() != Token.Kind.WORD) {
      throw error(token, "expected " + what);
    }
    next++;
    return new Identifier(token.text(), token.span());
  }

  private void expectWord(String word, String hint) {
    expectWord(Set.of(word), hint);
  }

  private void expectWord(Set<String> words, String hint) {
    Token token = peek();
    if (token.kind() != Token.Kind.WORD || !words.contains(token.text())) {
      throw error(token, "unexpected " + token.shown() + "; " + hint);
    }
    next++;
  }

  private boolean accept(String word) {
    if (peek().is(word)) {
      next++;
      return true;
    }
    return false;
  }

  private void endOfLine() {
    Token token = peek();
    if (token.kind() != Token.Kind.NEWLINE) {
      throw error(token, "unexpected " + token.shown() + "; expected the end of the line");
    }
    next++;
  }

  private void skipBlankLines() {
    while (peek().kind() == Token.Kind.NEWLINE) {
      next++;
    }
  }

  private void skipToNextLine() {
    while (peek().kind() != Token.Kind.NEWLINE && peek().kind() != Token.Kind.END) {
      next++;
    }
    if (peek().kind() == Token.Kind.NEWLINE) {
      next++;
    }
  }

  private Token peek() {
    return tokens.get(Math.min(next, tokens.size() - 1));
  }

  private Token take() {
    return tokens.get(next++);
  }

  private Token previous() {
    return tokens.get(Math.max(0, next - 1));
  }

  private SyntaxError error(Token at, String message) {
    sink.report(
        DiagnosticCode.SYNTAX_ERROR,
        at.span(),
        message.toLowerCase(Locale.ROOT).startsWith("unexpected")
            ? message
            : message
                + (at.kind() == Token.Kind.NEWLINE || at.kind() == Token.Kind.END
                    ? " before " + at.shown()
                    : ", not " + at.shown()));
    return new SyntaxError();
  }

  /** Unwinds to the end of the line after a reported syntax error. */
  private static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SyntaxError() {
      super(null, null, false, false);
    }
  }
}
