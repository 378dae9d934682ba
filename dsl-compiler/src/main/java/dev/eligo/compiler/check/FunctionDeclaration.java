package dev.eligo.compiler.check;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A function of the language: how it is called, what it accepts, what it gives and the runtime
 * method it becomes.
 *
 * @param name the name authors write: {@code runs}
 * @param usage how it is called, for messages and documentation: {@code runs(list, n)}
 * @param summary what it gives, in a few words
 * @param phrase how explanations say a call, with {@code {0}}, {@code {1}} for the arguments
 * @param parameters what each argument must be
 * @param result the result type for arguments that passed their parameters' tests
 * @param call the runtime method generated code calls
 */
public record FunctionDeclaration(
    String name,
    String usage,
    String summary,
    String phrase,
    List<Parameter> parameters,
    Function<List<Type>, Type> result,
    RuntimeCall call) {

  public FunctionDeclaration {
    parameters = List.copyOf(parameters);
  }

  /** {@code runs(list, n): every run of n consecutive items}. */
  public String signature() {
    return usage + ": " + summary;
  }

  /** What kind of argument a parameter takes. */
  public enum ParameterKind {
    /** A list; {@code accepts} tests its element type. */
    LIST,
    /** One value; {@code accepts} tests its type. */
    VALUE,
    /** A whole number of at least 1 written in the file, such as the length of a run. */
    WHOLE_NUMBER,
    /** A duration written in the file (or the name of one), such as the gap between episodes. */
    DURATION,
    /** One item of the kind the first argument, a list, holds. */
    ITEM_OF_FIRST
  }

  /**
   * One argument.
   *
   * @param expects what it must be, for messages: {@code observations with numeric values}
   * @param kind a list, a value or a whole number written in the file
   * @param accepts whether an argument (for a list, an element) of this type will do
   */
  public record Parameter(String expects, ParameterKind kind, Predicate<Type> accepts) {}
}
