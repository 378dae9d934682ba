package dev.eligo.authoring.examples;

import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.source.SourceSpan;
import dev.eligo.runtime.record.RecordDate;
import java.time.LocalDate;

/**
 * A date in an examples file: written ({@code @2026-11-21}, {@code @2026-10},
 * {@code @2026-10-27T23:30:00-10:00}) or relative to the example's screening date ({@code
 * screening}, {@code 3 days before screening}).
 */
public sealed interface DateExpr {
  SourceSpan span();

  /** The date, for an example screened on {@code screening}. */
  RecordDate resolve(LocalDate screening);

  /** A date as written; {@code null} when it is not a date (an error was reported). */
  record Written(RecordDate date, SourceSpan span) implements DateExpr {
    @Override
    public RecordDate resolve(LocalDate screening) {
      return date;
    }
  }

  /**
   * {@code N units before|after screening}; {@code screening} itself is zero days.
   *
   * @param amount the number of units, negative before the screening date
   */
  record Relative(long amount, Expr.DurationUnit unit, SourceSpan span) implements DateExpr {
    @Override
    public RecordDate resolve(LocalDate screening) {
      switch (unit) {
        case DAYS:
          return RecordDate.of(screening.plusDays(amount));
        case WEEKS:
          return RecordDate.of(screening.plusWeeks(amount));
        case MONTHS:
          return RecordDate.of(screening.plusMonths(amount));
        case YEARS:
          return RecordDate.of(screening.plusYears(amount));
      }
      throw new AssertionError(unit);
    }
  }
}
