package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Coding;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A code system as a protocol names it ({@code ICD10}), the URIs records use for it and how its
 * codes match.
 */
public final class CodeSystemRef {
  private final String name;
  private final CodeMatch match;
  private final List<String> uris;

  private CodeSystemRef(String name, CodeMatch match, List<String> uris) {
    this.name = Objects.requireNonNull(name, "name");
    this.match = Objects.requireNonNull(match, "match");
    this.uris = List.copyOf(uris);
    if (this.uris.isEmpty()) {
      throw new IllegalArgumentException("code system " + name + " needs at least one URI");
    }
  }

  /** A code system known by any of the URIs given. */
  public static CodeSystemRef of(String name, CodeMatch match, String... uris) {
    return new CodeSystemRef(name, match, List.of(uris));
  }

  public String name() {
    return name;
  }

  public CodeMatch match() {
    return match;
  }

  public List<String> uris() {
    return uris;
  }

  /** Whether a coding's system URI is this system. */
  public boolean identifies(String systemUri) {
    return systemUri != null && identifiesTrimmed(systemUri.trim());
  }

  /** As {@link #identifies}, for a URI already trimmed. */
  boolean identifiesTrimmed(String systemUri) {
    return uris.contains(systemUri);
  }

  /** Whether any of the codings is in one of the systems; each coding's system trimmed once. */
  static boolean anyIdentifies(List<CodeSystemRef> systems, List<Coding> codings) {
    for (int i = 0; i < codings.size(); i++) {
      String system = codings.get(i).system().trim();
      for (int j = 0; j < systems.size(); j++) {
        if (systems.get(j).identifiesTrimmed(system)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The code as this system compares it (no dots and upper case for ICD-10). */
  String normalize(String code) {
    String trimmed = code.trim();
    if (match == CodeMatch.PREFIX_IGNORING_DOTS) {
      return trimmed.replace(".", "").toUpperCase(Locale.ROOT);
    }
    return trimmed;
  }

  /**
   * Whether a code lies in {@code low..high}: exactly for {@link CodeMatch#EXACT}, else by prefixes
   * (its first |low| characters are at least {@code low}, its first |high| at most {@code high}).
   */
  boolean inRange(String code, String low, String high) {
    return inNormalizedRange(code, normalize(low), normalize(high));
  }

  /**
   * As {@link #inRange}, for bounds already {@linkplain #normalize normalized}. Compares the
   * record's code as normalized without building the normalized text: it runs for every coding of
   * every record a concept looks at.
   */
  boolean inNormalizedRange(String code, String low, String high) {
    int start = 0;
    int end = code.length();
    while (start < end && code.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && code.charAt(end - 1) <= ' ') {
      end--;
    }
    if (match == CodeMatch.EXACT) {
      String c = start == 0 && end == code.length() ? code : code.substring(start, end);
      return c.compareTo(low) >= 0 && c.compareTo(high) <= 0;
    }
    if (match == CodeMatch.PREFIX_IGNORING_DOTS && !isAscii(code, start, end)) {
      // Upper case beyond ASCII may change lengths ("ß" is "SS"): normalize as written.
      return inPrefixRange(normalize(code), low, high);
    }
    int length = normalizedLength(code, start, end);
    if (length < low.length() || length < high.length()) {
      return false;
    }
    return comparePrefix(code, start, low) >= 0 && comparePrefix(code, start, high) <= 0;
  }

  /**
   * The first character of the code that {@link #inNormalizedRange} compares with a bound: after
   * the spaces it trims, and after dots where they are ignored (an ASCII letter then in upper
   * case), or -1 when there is none. A character beyond ASCII is given as written: its upper case
   * may be another one, or two.
   */
  int firstCompared(String code) {
    int i = 0;
    while (i < code.length() && code.charAt(i) <= ' ') {
      i++;
    }
    while (i < code.length() && skips(code.charAt(i))) {
      i++;
    }
    if (i == code.length()) {
      return -1;
    }
    char c = code.charAt(i);
    return match == CodeMatch.PREFIX_IGNORING_DOTS && c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
  }

  private static boolean inPrefixRange(String normalized, String low, String high) {
    if (normalized.length() < low.length() || normalized.length() < high.length()) {
      return false;
    }
    return normalized.substring(0, low.length()).compareTo(low) >= 0
        && normalized.substring(0, high.length()).compareTo(high) <= 0;
  }

  private static boolean isAscii(String code, int start, int end) {
    for (int i = start; i < end; i++) {
      if (code.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private boolean skips(char c) {
    return match == CodeMatch.PREFIX_IGNORING_DOTS && c == '.';
  }

  private int normalizedLength(String code, int start, int end) {
    int length = 0;
    for (int i = start; i < end; i++) {
      if (!skips(code.charAt(i))) {
        length++;
      }
    }
    return length;
  }

  // The first |bound| characters of the normalized code compared with the bound, as compareTo
  // would.
  private int comparePrefix(String code, int start, String bound) {
    int i = start;
    for (int k = 0; k < bound.length(); k++) {
      while (skips(code.charAt(i))) {
        i++;
      }
      char c = code.charAt(i++);
      if (match == CodeMatch.PREFIX_IGNORING_DOTS && c >= 'a' && c <= 'z') {
        c = (char) (c - 'a' + 'A');
      }
      int difference = c - bound.charAt(k);
      if (difference != 0) {
        return difference;
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodeSystemRef
        && name.equals(((CodeSystemRef) o).name)
        && match == ((CodeSystemRef) o).match
        && uris.equals(((CodeSystemRef) o).uris);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, match, uris);
  }

  @Override
  public String toString() {
    return name;
  }
}
