package dev.eligo.maven.generation;

import dev.eligo.compiler.EligoCompiler;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Identifies the build of the plugin and compiler that generates: their version and the digest of
 * their jars. A snapshot rebuilt with a changed compiler keeps its version but not its digest, so
 * its users' evaluators are generated again.
 */
public final class ToolFingerprint {
  private ToolFingerprint() {}

  /** The version, then the digests of the jars the plugin and the compiler were loaded from. */
  public static String of(String version) {
    return version + ' ' + jarDigest(ToolFingerprint.class) + ' ' + jarDigest(EligoCompiler.class);
  }

  // Classes loaded from a directory (the plugin's own tests) have no jar; their version suffices.
  private static String jarDigest(Class<?> type) {
    CodeSource codeSource = type.getProtectionDomain().getCodeSource();
    URL location = codeSource == null ? null : codeSource.getLocation();
    if (location == null) {
      return "-";
    }
    try {
      Path jar = Path.of(location.toURI());
      return Files.isRegularFile(jar) ? Digests.sha256(Files.readAllBytes(jar)) : "-";
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      return "-";
    }
  }
}
