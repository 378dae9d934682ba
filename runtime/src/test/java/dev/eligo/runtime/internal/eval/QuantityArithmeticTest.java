package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.internal.quantity.Quantity;
import dev.eligo.runtime.record.RecordRef;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Formulas of the criteria: conversion to a unit as a plain number, sign reversal, products and
 * quotients with their UCUM units (two quantities of one kind dividing to a number), sums across
 * units, and why a result cannot be computed.
 */
class QuantityArithmeticTest {
  private static final RecordRef WEIGHT = RecordRef.of("Observation", "w");

  private static Value<Quantity> weight() {
    return Value.known(Quantity.of("72500", "g"), Evidence.used(WEIGHT)).labelled("latest weight");
  }

  private static Value<Quantity> q(String value, String unit) {
    return Arithmetic.constant(value, unit);
  }

  @Test
  void inUnit_isThePlainNumberInThatUnit_showingWhereItCameFrom() {
    Value<Quantity> kg = Arithmetic.inUnit(weight(), "kg");
    assertThat(kg.get()).isEqualTo(Quantity.number(new BigDecimal("72.5")));
    assertThat(kg.shown()).isEqualTo("72.5 (72500 g in kg)");
    assertThat(kg.label()).isEqualTo("latest weight in kg");
    assertThat(kg.evidence().used()).containsExactly(WEIGHT);

    Value<Quantity> unnamed = Arithmetic.inUnit(q("1.5", "m"), "cm");
    assertThat(unnamed.get()).isEqualTo(Quantity.number(150));
    assertThat(unnamed.label()).isEqualTo("1.5 m in cm");

    Value<Quantity> wrongKind = Arithmetic.inUnit(weight(), "mL");
    assertThat(wrongKind.reason()).isEqualTo("72500 g cannot be converted to mL");
    assertThat(wrongKind.label()).isEqualTo("latest weight in mL");

    Value<Quantity> none =
        Value.<Quantity>unknown("no weight", List.of(new Missing("weight", "")), Evidence.none())
            .labelled("latest weight");
    assertThat(Arithmetic.inUnit(none, "kg").missing()).containsExactly(new Missing("weight", ""));
  }

  @Test
  void negate_reversesTheSign_keepingTheUnit() {
    assertThat(Arithmetic.negate(q("2.5", "mg")).get()).isEqualTo(Quantity.of("-2.5", "mg"));
    assertThat(Arithmetic.negate(Value.unknown("x", List.of(), Evidence.none())).isKnown())
        .isFalse();
  }

  @Test
  void times_multipliesUnits_aNumberKeepingTheOthersUnit() {
    Value<Quantity> dose = Arithmetic.times(q("2", "1"), q("75", "mg/m2"));
    assertThat(dose.get()).isEqualTo(Quantity.of("150", "mg/m2"));
    assertThat(dose.label()).isEqualTo("2 x 75 mg/m2");
    assertThat(Arithmetic.times(q("75", "mg/m2"), q("2", "1")).get())
        .isEqualTo(Quantity.of("150", "mg/m2"));
    assertThat(Arithmetic.times(q("75", "mg/m2"), q("1.8", "m2")).get())
        .isEqualTo(Quantity.of("135.0", "mg/m2.m2"));
    Value<Quantity> named = Arithmetic.times(weight(), q("2", "1"));
    assertThat(named.label()).isEqualTo("latest weight (72500 g) x 2");
    assertThat(named.evidence().used()).containsExactly(WEIGHT);
  }

  @Test
  void divide_ofOneKind_isANumber_afterConvertingTheLeftIntoTheRightsUnit() {
    Value<Quantity> ratio = Arithmetic.divide(q("1.5", "mg/dL"), q("10", "mg/L"));
    assertThat(ratio.get()).isEqualTo(Quantity.number(new BigDecimal("1.5")));

    assertThat(Arithmetic.divide(q("3", "mg"), q("2", "1")).get())
        .isEqualTo(Quantity.of("1.5", "mg"));
    assertThat(Arithmetic.divide(q("3", "1"), q("2", "h")).get())
        .isEqualTo(Quantity.of("1.5", "1/(h)"));
    assertThat(Arithmetic.divide(q("3", "mg"), q("2", "h")).get())
        .isEqualTo(Quantity.of("1.5", "mg/(h)"));
    assertThat(Arithmetic.divide(q("3", "mg"), q("2", "mg")).get())
        .isEqualTo(Quantity.number(new BigDecimal("1.5")));
    // of different kinds: no conversion, the units divide
    assertThat(Arithmetic.divide(q("3", "mL"), q("2", "mg")).get())
        .isEqualTo(Quantity.of("1.5", "mL/(mg)"));
  }

  @Test
  void divide_byZero_cannotBeComputed() {
    Value<Quantity> byZero = Arithmetic.divide(q("3", "mg"), q("0", "1"));
    assertThat(byZero.isKnown()).isFalse();
    assertThat(byZero.reason()).isEqualTo("cannot compute 3 mg / 0");
    assertThat(byZero.label()).isEqualTo("3 mg / 0");
  }

  @Test
  void plusAndMinus_convertTheRightIntoTheLeftsUnit() {
    assertThat(Arithmetic.plus(q("1", "g"), q("250", "mg")).get())
        .isEqualTo(Quantity.of("1.25", "g"));
    assertThat(Arithmetic.minus(q("1", "g"), q("250", "mg")).get())
        .isEqualTo(Quantity.of("0.75", "g"));
    Value<Quantity> mixed = Arithmetic.plus(q("1", "g"), q("1", "mL"));
    assertThat(mixed.reason()).isEqualTo("cannot compute 1 g + 1 mL");
  }

  @Test
  void anUnknownOperand_givesItsReasonAndBothOperandsMissingData() {
    Value<Quantity> noHeight =
        Value.<Quantity>unknown("no height", List.of(new Missing("height", "")), Evidence.none())
            .labelled("latest height");
    Value<Quantity> left = Arithmetic.divide(noHeight, weight());
    assertThat(left.reason()).isEqualTo("latest height: no height");
    Value<Quantity> right = Arithmetic.times(weight(), noHeight);
    assertThat(right.reason()).isEqualTo("latest height: no height");
    assertThat(right.missing()).containsExactly(new Missing("height", ""));
    assertThat(right.evidence().used()).containsExactly(WEIGHT);
    Value<Quantity> both = Arithmetic.minus(noHeight, noHeight);
    assertThat(both.missing())
        .containsExactly(new Missing("height", ""), new Missing("height", ""));
  }
}
