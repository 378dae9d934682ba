package dev.eligo.runtime.internal.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The UCUM definitions as loaded from the library's file, with UCUM's arbitrary units. */
class UcumEssenceTest {

  // Loaded again rather than through get(): the shared instance is loaded once per JVM.
  private final UcumEssence ucum = UcumEssence.load();

  @Test
  void arbitraryUnits_areThoseUcumMarksSo() {
    assertThat(ucum.isArbitrary("[IU]")).isTrue();
    assertThat(ucum.isArbitrary("[arb'U]")).isTrue();
    assertThat(ucum.isArbitrary("g")).as("a base unit").isFalse();
    assertThat(ucum.isArbitrary("L")).as("a defined unit that is not arbitrary").isFalse();
    assertThat(ucum.isArbitrary("[pH]")).as("a special unit").isFalse();
  }

  @Test
  void parse_readsAnExpressionAgainstTheModel() throws Exception {
    assertThat(ucum.parse("mg/dL")).isNotNull();
    assertThat(ucum.model().getUnit("[IU]").getProperty()).isEqualTo("arbitrary");
  }
}
