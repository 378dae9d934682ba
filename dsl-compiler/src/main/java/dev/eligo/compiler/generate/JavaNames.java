package dev.eligo.compiler.generate;

import com.palantir.javapoet.NameAllocator;
import java.util.Locale;

/**
 * Java names for what the criteria file names. Author-chosen names may be Java keywords or
 * collide once re-cased ({@code psaSeries} and {@code PSASeries}); JavaPoet's NameAllocator
 * makes each one legal and distinct. Members of the evaluator and lambda variables get separate
 * allocators, so a variable never shadows a method or a constant.
 */
final class JavaNames {
  private final NameAllocator members = new NameAllocator();

  JavaNames() {
    for (String reserved : new String[] {"protocol", "screen", "PROTOCOL", "ctx"}) {
      members.newName(reserved, "reserved:" + reserved);
    }
  }

  /** A constant for a declaration: {@code psaSeries} becomes {@code PSA_SERIES}. */
  String constant(Object declaration, String name) {
    return members.newName(upperSnake(name), declaration);
  }

  /** A method for a definition, criterion or part. */
  String method(Object declaration, String name) {
    return members.newName(lowerCamel(name), declaration);
  }

  /** The name given earlier to a declaration. */
  String of(Object declaration) {
    return members.get(declaration);
  }

  static String upperSnake(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      // psaSeries -> PSA_SERIES, hepatitisBCodes -> HEPATITIS_B_CODES
      boolean afterLower = i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(name.charAt(i - 1))
          && name.charAt(i - 1) != '_';
      boolean beforeLower = i > 0 && i + 1 < name.length() && Character.isUpperCase(c)
          && Character.isUpperCase(name.charAt(i - 1)) && Character.isLowerCase(name.charAt(i + 1));
      boolean boundary = afterLower || beforeLower;
      if (boundary) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  static String lowerCamel(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
