package dev.eligo.maven.generation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 content digests, as lower-case hex. */
final class Digests {
  private Digests() {}

  static String sha256(byte[] content) {
    return HexFormat.of().formatHex(newSha256().digest(content));
  }

  static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
