package dev.eligo.runtime.internal.eval;

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
    return systemUri != null && uris.contains(systemUri.trim());
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
   * Whether a code lies in {@code low..high}: exactly for {@link CodeMatch#EXACT}, else by
   * prefixes (its first |low| characters are at least {@code low}, its first |high| at most
   * {@code high}).
   */
  boolean inRange(String code, String low, String high) {
    String c = normalize(code);
    String lo = normalize(low);
    String hi = normalize(high);
    if (match == CodeMatch.EXACT) {
      return c.compareTo(lo) >= 0 && c.compareTo(hi) <= 0;
    }
    if (c.length() < lo.length() || c.length() < hi.length()) {
      return false;
    }
    return c.substring(0, lo.length()).compareTo(lo) >= 0
        && c.substring(0, hi.length()).compareTo(hi) <= 0;
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
