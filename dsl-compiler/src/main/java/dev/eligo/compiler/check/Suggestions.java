package dev.eligo.compiler.check;

/** Suggests the declared name closest to a misspelt one. */
final class Suggestions {
  private Suggestions() {}

  static String didYouMean(String name, GlobalScope scope) {
    String best = scope.closestTo(name);
    return best == null ? "" : "; did you mean '" + best + "'?";
  }

  /**
   * Edit distance, for names of a few dozen characters. Two neighbouring letters swapped ({@code
   * pas} for {@code psa}), the commonest slip of typing, count as one edit.
   */
  static int distance(String a, String b) {
    int[] beforePrevious = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
        }
      }
      int[] swap = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
