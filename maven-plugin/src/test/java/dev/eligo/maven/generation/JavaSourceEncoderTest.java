package dev.eligo.maven.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JavaSourceEncoderTest {

  @Test
  void encode_utf8_keepsEveryCharacter() {
    String source = "String s = \"Age ≥ 18 years, 10⁹/L, 😀\";\n";

    assertThat(JavaSourceEncoder.encode(source, StandardCharsets.UTF_8))
        .isEqualTo(source.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void encode_latin1_escapesOnlyWhatItCannotRepresent() {
    String source = "String s = \"é ≥ 18 😀\";";

    byte[] encoded = JavaSourceEncoder.encode(source, StandardCharsets.ISO_8859_1);

    assertThat(new String(encoded, StandardCharsets.ISO_8859_1))
        .isEqualTo("String s = \"é \\u2265 18 \\ud83d\\ude00\";");
  }
}
