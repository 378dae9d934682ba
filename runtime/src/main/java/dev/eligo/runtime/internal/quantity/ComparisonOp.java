package dev.eligo.runtime.internal.quantity;

import java.util.Optional;

/** A comparison operator of the criteria language: {@code < <= > >= = !=}. */
public enum ComparisonOp {
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">="),
  EQ("="),
  NE("!=");

  private final String symbol;

  ComparisonOp(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The operator as written: {@code <}, {@code <=}, {@code >}, {@code >=}, {@code =}, {@code !=}.
   */
  public String symbol() {
    return symbol;
  }

  /** Whether the operator holds for a {@code compareTo} result ({@code left.compareTo(right)}). */
  public boolean test(int compareToResult) {
    return switch (this) {
      case LT -> compareToResult < 0;
      case LE -> compareToResult <= 0;
      case GT -> compareToResult > 0;
      case GE -> compareToResult >= 0;
      case EQ -> compareToResult == 0;
      case NE -> compareToResult != 0;
    };
  }

  /** The operator that holds for {@code b ? a} when this one holds for {@code a ? b}. */
  public ComparisonOp mirrored() {
    return switch (this) {
      case LT -> GT;
      case LE -> GE;
      case GT -> LT;
      case GE -> LE;
      case EQ, NE -> this;
    };
  }

  /** The operator written as {@code symbol}, if there is one. */
  public static Optional<ComparisonOp> ofSymbol(String symbol) {
    for (ComparisonOp op : values()) {
      if (op.symbol.equals(symbol)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }
}
