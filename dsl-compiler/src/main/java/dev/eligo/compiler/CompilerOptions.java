package dev.eligo.compiler;

import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * How to compile: the Java package of the generated evaluator.
 *
 * @param packageName a Java package name, or "" for the unnamed package
 */
public record CompilerOptions(String packageName) {
  public CompilerOptions {
    Objects.requireNonNull(packageName, "packageName");
    if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException("'" + packageName + "' is not a Java package name");
    }
  }

  public static CompilerOptions inPackage(String packageName) {
    return new CompilerOptions(packageName);
  }
}
