package dev.eligo.cli;

import dev.eligo.compiler.CompilerOptions;
import picocli.CommandLine;

/**
 * Reads {@code --package} as the compiler's options, rejecting names that are not Java packages.
 */
final class PackageNameConverter implements CommandLine.ITypeConverter<CompilerOptions> {
  @Override
  public CompilerOptions convert(String value) {
    try {
      return CompilerOptions.inPackage(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
