package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.result.Truth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The words of a field whose values are a fixed list of codes: a status ({@code stopped}), a
 * verification status, an allergy's criticality, a comparator. A field may hold several (an
 * allergy's categories). Criteria test them with {@code is}: {@code status is stopped}.
 */
public final class Words {
  private final List<String> words;

  private Words(List<String> words) {
    this.words = List.copyOf(new LinkedHashSet<>(words));
  }

  /**
   * The words of these codes as written in the record ({@code entered-in-error} is {@code
   * enteredInError}).
   */
  public static Words ofCodes(List<String> codes) {
    List<String> words = new ArrayList<>();
    codes.forEach(code -> words.add(word(code)));
    return new Words(words);
  }

  /** The word of one code as written in the record. */
  public static Words ofCode(String code) {
    return ofCodes(List.of(code));
  }

  /**
   * How the language writes a code: hyphenated codes in camel case ({@code in-progress} is {@code
   * inProgress}), other characters dropped, so that every code is a name.
   */
  public static String word(String code) {
    StringBuilder word = new StringBuilder();
    boolean upper = false;
    for (char c : code.trim().toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128) {
        word.append(upper && word.length() > 0 ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    return word.toString();
  }

  public List<String> words() {
    return words;
  }

  /**
   * Whether the field has the word: true when it does, false when it is known and does not, unknown
   * when the field is unknown.
   */
  public static Truth is(Value<Words> field, String word) {
    String statement = field.describe() + " is " + word;
    if (!field.isKnown()) {
      return Truth.unknown(statement, field.missing(), field.evidence());
    }
    boolean has =
        field.get().words.stream()
            .anyMatch(w -> w.toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT)));
    return Truth.of(has, statement, field.evidence());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Words && words.equals(((Words) o).words);
  }

  @Override
  public int hashCode() {
    return Objects.hash(words);
  }

  @Override
  public String toString() {
    return String.join(", ", words);
  }
}
