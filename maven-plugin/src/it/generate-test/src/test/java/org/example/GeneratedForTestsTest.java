package org.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GeneratedForTestsTest {

  @Test
  void evaluatorGeneratedFromTestCriteria_isOnTheTestClasspath() {
    assertEquals("NCT00000050", new NCT00000050Evaluator().protocol().id());
  }
}
