package dev.eligo.maven.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PackageNamesTest {

  @ParameterizedTest(name = "{0} -> ''{1}''")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {
        "NCT1.eligo | ''",
        "org/NCT1.eligo | org",
        "org/site/NCT1.eligo | org.site",
        "org/site/trials/v2/NCT1.eligo | org.site.trials.v2",
        "Org/Ünï/NCT1.eligo | Org.Ünï"
      })
  void derive_directoriesUnderRoot_becomeThePackage(String relativePath, String expected) {
    assertThat(PackageNames.derive(relativePath)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "my-site/NCT1.eligo",
        "int/NCT1.eligo",
        "org/2026/NCT1.eligo",
        "org/a b/NCT1.eligo"
      })
  void derive_directoryThatIsNotAJavaName_givesNothing(String relativePath) {
    assertThat(PackageNames.derive(relativePath)).isEmpty();
  }
}
