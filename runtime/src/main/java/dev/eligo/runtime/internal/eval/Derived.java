package dev.eligo.runtime.internal.eval;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What was worked out from one list, by key (compared by identity). Most lists are asked for one or
 * two things, found by a look along a short array; a series asked for the points up to each of its
 * own moves to a map. An evaluation runs on one thread.
 */
final class Derived {
  private static final int FEW = 8;

  // Keys and values alternating, until there are more than FEW of them.
  private Object[] few = new Object[4];
  private int count;
  private Map<Object, Object> many;

  /** What was made for the key, or null. */
  Object get(Object key) {
    if (many != null) {
      return many.get(key);
    }
    for (int i = 0; i < count; i++) {
      if (few[2 * i] == key) {
        return few[2 * i + 1];
      }
    }
    return null;
  }

  /**
   * Remembers what was made for a key not yet given; never null, which {@link #get} means absent.
   */
  void put(Object key, Object value) {
    Objects.requireNonNull(value, "value");
    if (many != null) {
      many.put(key, value);
      return;
    }
    if (count == FEW) {
      many = new IdentityHashMap<>(2 * FEW);
      for (int i = 0; i < count; i++) {
        many.put(few[2 * i], few[2 * i + 1]);
      }
      many.put(key, value);
      few = null;
      return;
    }
    if (2 * count == few.length) {
      few = Arrays.copyOf(few, few.length * 2);
    }
    few[2 * count] = key;
    few[2 * count + 1] = value;
    count++;
  }
}
