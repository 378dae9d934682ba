package dev.eligo.compiler.javac;

import com.palantir.javapoet.JavaFile;
import java.net.URI;
import javax.tools.SimpleJavaFileObject;

/** A generated Java source file handed to javac without touching the disk. */
final class SourceInMemory extends SimpleJavaFileObject {
  private final String content;

  SourceInMemory(String className, JavaFile javaFile) {
    super(URI.create("mem:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
    this.content = javaFile.toString();
  }

  @Override
  public CharSequence getCharContent(boolean ignoreEncodingErrors) {
    return content;
  }
}
