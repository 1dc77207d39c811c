package io.github.dicoso.examples.cli;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable list whose elements are read from a temporary file as they are asked for: in
 * order, each element is read once; asking for an earlier element reads the file again from its
 * start. The outputs go through their lists in order, so a list of millions of elements costs the
 * memory of one.
 *
 * <p>This class is mutable (its read position) and not thread-safe; one run uses it.
 *
 * @param <T> the elements
 */
final class SpillList<T> extends AbstractList<T> {
  /** Reads one element. */
  @FunctionalInterface
  interface Decoder<T> {
    T read(DataInputStream in) throws IOException;
  }

  private final Path file;
  private final int size;
  private final Decoder<T> decoder;
  private @Nullable DataInputStream in;
  private int next;

  SpillList(Path file, int size, Decoder<T> decoder) {
    this.file = file;
    this.size = size;
    this.decoder = decoder;
  }

  @Override
  public T get(int index) {
    Objects.checkIndex(index, size);
    try {
      DataInputStream stream = in;
      if (stream == null || index < next) {
        close();
        stream = VisitSpill.openRead(file);
        in = stream;
        next = 0;
      }
      while (next < index) {
        decoder.read(stream);
        next++;
      }
      T element = decoder.read(stream);
      next++;
      if (next == size) {
        close();
      }
      return element;
    } catch (IOException e) {
      throw new VisitSpill.Failure(e);
    }
  }

  @Override
  public int size() {
    return size;
  }

  /** Closes the file, if open; the list can still be read (the file is opened again). */
  void close() {
    DataInputStream stream = in;
    in = null;
    next = 0;
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException e) {
        // only read from: nothing is lost
      }
    }
  }
}
