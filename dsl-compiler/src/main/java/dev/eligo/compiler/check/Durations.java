package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Expr.DurationUnit;

/** The longest duration a criteria file may write: about two centuries, beyond any record. */
final class Durations {
  private Durations() {}

  static long longest(DurationUnit unit) {
    switch (unit) {
      case DAYS:
        return 73_000;
      case WEEKS:
        return 10_400;
      case MONTHS:
        return 2_400;
      case YEARS:
        return 200;
    }
    throw new AssertionError(unit);
  }
}
