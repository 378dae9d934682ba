package dev.eligo.runtime.internal.quantity;

/**
 * What a unit expression means: a scale times a {@link Dimension}. A unit built on one of UCUM's
 * special (non-linear) units such as {@code Cel} keeps that unit's code in {@code special}; such a
 * unit is only ever the same as itself.
 */
record UnitMeaning(Scale scale, Dimension dimension, String special) {

  static final UnitMeaning ONE = new UnitMeaning(Scale.ONE, Dimension.NONE, null);

  static UnitMeaning atom(String atom) {
    return new UnitMeaning(Scale.ONE, Dimension.of(atom), null);
  }

  static UnitMeaning number(Scale scale) {
    return new UnitMeaning(scale, Dimension.NONE, null);
  }

  UnitMeaning times(UnitMeaning other) {
    return new UnitMeaning(
        scale.times(other.scale),
        dimension.times(other.dimension),
        special != null ? special : other.special);
  }

  UnitMeaning pow(int exponent) {
    return new UnitMeaning(scale.pow(exponent), dimension.pow(exponent), special);
  }

  UnitMeaning dividedBy(UnitMeaning other) {
    return times(other.pow(-1));
  }
}
