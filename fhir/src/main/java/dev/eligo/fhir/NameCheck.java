package dev.eligo.fhir;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * Finds a name given twice in one JSON object, for a reader whose parser does not look for it
 * ({@link FhirJson#parserForCheckedNames}). Jackson's own check makes a hash set for every object
 * of three members or more, a tenth of the time of reading a Bundle; the names of one object are a
 * handful, looked through here in a list shared by the whole read. The reader tells it each name of
 * each object it reads, and skips values through {@link #skip}.
 *
 * <p>The check only says that some name repeats ({@link Repeated}): the reader then reads the input
 * again with Jackson's check ({@link #OFF}), which says where, in the words it always used. Input
 * that is not JSON is read again the same way, so that what is said of it does not depend on which
 * names the check had seen when the parser met the flaw.
 */
class NameCheck {
  /** Does nothing: for a parser that checks names itself. */
  static final NameCheck OFF = new NameCheck();

  /**
   * Some object of the input gives a name twice, or the input is not JSON after all (a name given
   * twice before the flaw would have been the error). No stack trace: the input is read again.
   */
  static final class Repeated extends Exception {
    private static final long serialVersionUID = 1L;
    static final Repeated INSTANCE = new Repeated();

    private Repeated() {
      super("a name is given twice in one object", null, false, false);
    }
  }

  private NameCheck() {}

  /** A check for one read of one input. */
  static NameCheck checking() {
    return new Checking();
  }

  /** An object starts; what it returns marks its names, for {@link #add} and {@link #close}. */
  int open() {
    return 0;
  }

  /** The next name of the object {@code mark} stands for. */
  void add(int mark, String name) throws Repeated {}

  /** The object ends, or is given up. */
  void close(int mark) {}

  /**
   * Passes over the value the parser is on, its names checked; the parser is left on its last
   * token.
   */
  void skip(JsonParser parser) throws IOException, Repeated {
    parser.skipChildren();
  }

  /** Whether this check looks at names: otherwise the parser does. */
  boolean isOn() {
    return false;
  }

  private static final class Checking extends NameCheck {
    // The names of the objects open at once, outermost first, each object's after its mark; and
    // their hashes, which tell nearly every two names apart without looking at them.
    private String[] names = new String[32];
    private int[] hashes = new int[32];
    private int size;

    @Override
    int open() {
      return size;
    }

    @Override
    void add(int mark, String name) throws Repeated {
      int hash = name.hashCode();
      for (int i = mark; i < size; i++) {
        if (hashes[i] == hash && names[i].equals(name)) {
          throw Repeated.INSTANCE;
        }
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        hashes = Arrays.copyOf(hashes, size * 2);
      }
      names[size] = name;
      hashes[size++] = hash;
    }

    @Override
    void close(int mark) {
      size = mark;
    }

    // Recursion is bounded by the parser's maximum nesting depth (StreamReadConstraints).
    @Override
    void skip(JsonParser parser) throws IOException, Repeated {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_OBJECT) {
        int mark = open();
        String name;
        while ((name = parser.nextFieldName()) != null) {
          add(mark, name);
          parser.nextToken();
          skip(parser);
        }
        close(mark);
      } else if (token == JsonToken.START_ARRAY) {
        JsonToken item;
        while ((item = parser.nextToken()) != JsonToken.END_ARRAY && item != null) {
          skip(parser);
        }
      }
    }

    @Override
    boolean isOn() {
      return true;
    }
  }
}
