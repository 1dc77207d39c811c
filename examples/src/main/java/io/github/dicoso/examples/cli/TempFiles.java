package io.github.dicoso.examples.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files of the outputs being written, removed when the JVM shuts down (SIGINT,
 * SIGTERM, or an exit) while they still exist. A file is created and forgotten under a lock the
 * shutdown hook also takes, so that no temporary file is created after the hook has run.
 *
 * <p>This class is thread-safe.
 */
final class TempFiles {
  private static final TempFiles INSTANCE = new TempFiles();

  private final Set<Path> open = new LinkedHashSet<>();
  private boolean hookInstalled;
  private boolean shuttingDown;

  private TempFiles() {}

  /** The temporary files of this JVM. */
  static TempFiles instance() {
    return INSTANCE;
  }

  /**
   * A temporary file, open for writing.
   *
   * @param path where it is
   * @param channel its content, to be written and closed by the caller
   */
  record TempFile(Path path, FileChannel channel) {}

  /**
   * Creates a new, empty temporary file next to {@code target}, named {@code .NAME.RANDOM.tmp},
   * with the permissions a new file gets (those the umask leaves), open for writing.
   *
   * @throws IOException if it cannot be created, or the JVM is shutting down
   */
  TempFile create(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path file = absolute.getFileName();
    if (folder == null || file == null) {
      throw new IllegalArgumentException(target + " is not a file in a folder");
    }
    String name = "." + file + ".";
    while (true) {
      Path temporary =
          folder.resolve(name + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      synchronized (this) {
        if (shuttingDown) {
          throw new IOException("the tool is shutting down");
        }
        installHook();
        try {
          FileChannel channel =
              FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          open.add(temporary);
          return new TempFile(temporary, channel);
        } catch (FileAlreadyExistsException e) {
          // a name taken: draw another
        }
      }
    }
  }

  /** Forgets {@code temporary}: it was moved into place. */
  synchronized void moved(Path temporary) {
    open.remove(temporary);
  }

  /** Deletes {@code temporary} if it still exists and forgets it. */
  synchronized void delete(Path temporary) throws IOException {
    Files.deleteIfExists(temporary);
    open.remove(temporary);
  }

  /** Deletes {@code temporary} unless it was {@linkplain #moved moved into place}. */
  synchronized void deleteIfOpen(Path temporary) throws IOException {
    if (open.contains(temporary)) {
      delete(temporary);
    }
  }

  /**
   * Runs {@code action} (moving files into place) while the shutdown hook waits: a signal during
   * the commit of the outputs lets the commit finish rather than leave half the set replaced.
   */
  synchronized <E extends Exception> void whileHeld(Action<E> action) throws E {
    action.run();
  }

  /** An action run under the lock. */
  @FunctionalInterface
  interface Action<E extends Exception> {
    void run() throws E;
  }

  private void installHook() {
    if (!hookInstalled) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(this::deleteAll, "dicoso: remove temporary files"));
      hookInstalled = true;
    }
  }

  private synchronized void deleteAll() {
    shuttingDown = true;
    for (Path temporary : open) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        System.err.println(
            "dicoso: cannot remove the temporary file "
                + temporary
                + ": "
                + IoMessages.describe(e));
      }
    }
    open.clear();
  }
}
