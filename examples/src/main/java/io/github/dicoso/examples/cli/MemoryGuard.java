package io.github.dicoso.examples.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.jspecify.annotations.Nullable;

/**
 * Stops a run that is about to run out of memory with one line saying how much to give, instead of
 * letting the JVM thrash in garbage collection for a minute and end with a stack trace.
 *
 * <p>The sign is the one thrashing starts with: {@value #FULL_COLLECTIONS} full collections in a
 * row that each leave the heap at least {@value #THRESHOLD_PERCENT}% full, so that the live data
 * nearly fills it and each further collection frees almost nothing. A run that merely comes close
 * (one full collection leaving the heap 91% full, then more room) goes on. The collections are
 * watched through the notifications of the {@link GarbageCollectorMXBean}s. A real {@link
 * OutOfMemoryError} (a sudden large allocation, or a JVM whose collector gives no such sign) gives
 * the same line.
 *
 * <p>This class is thread-safe.
 */
final class MemoryGuard {
  /** How full the heap may stay after a full collection, in percent of its maximum. */
  static final int THRESHOLD_PERCENT = 95;

  /** How many full collections in a row may leave the heap that full. */
  static final int FULL_COLLECTIONS = 3;

  private static final String FULL_COLLECTION = "end of major GC";

  /** Memory held back while the run goes well, and let go to print the message and exit. */
  private static final int RESERVE_BYTES = 1 << 20;

  private static final Object LOCK = new Object();

  private static boolean reported; // guarded by LOCK

  @SuppressWarnings("UnusedVariable") // never read: it only holds the memory until it is let go
  private static byte @Nullable [] reserve; // guarded by LOCK

  private static @Nullable String line; // guarded by LOCK: the message, made while there is memory

  private MemoryGuard() {}

  /**
   * Watches the heap of this JVM: when it is about to run out, prints {@link #message()} on {@code
   * err} and exits with {@link DicosoCli#OUT_OF_MEMORY} (the shutdown removes the temporary files).
   * For the tool's {@code main} only: a JVM that embeds the tool keeps its own memory policy.
   */
  static void install(PrintWriter err) {
    long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    if (max <= 0) {
      return; // no fixed maximum: nothing to measure against
    }
    Set<String> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    synchronized (LOCK) {
      reserve = new byte[RESERVE_BYTES];
      line = "dicoso: " + message();
    }
    // made now: when it is needed, there may be no memory to make a thread
    Thread stop =
        new Thread(
            () -> {
              try {
                if (report(err)) {
                  System.exit(DicosoCli.OUT_OF_MEMORY);
                }
              } catch (OutOfMemoryError e) {
                Runtime.getRuntime().halt(DicosoCli.OUT_OF_MEMORY);
              }
            },
            "dicoso: out of memory");
    Watch watch = new Watch(max, heapPools, stop);
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(watch, null, null);
      }
    }
  }

  /** Counts the full collections in a row that leave the heap nearly full. */
  private static final class Watch implements NotificationListener {
    private final long max;
    private final Set<String> heapPools;
    private final Thread stop;
    private int nearlyFull; // guarded by this

    Watch(long max, Set<String> heapPools, Thread stop) {
      this.max = max;
      this.heapPools = heapPools;
      this.stop = stop;
    }

    @Override
    public synchronized void handleNotification(Notification notification, Object handback) {
      if (!notification
          .getType()
          .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
        return;
      }
      GarbageCollectionNotificationInfo info =
          GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      if (!info.getGcAction().equals(FULL_COLLECTION)) {
        return;
      }
      long used = 0;
      for (Map.Entry<String, MemoryUsage> pool :
          info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
        if (heapPools.contains(pool.getKey())) {
          used += pool.getValue().getUsed();
        }
      }
      nearlyFull = used >= max / 100 * THRESHOLD_PERCENT ? nearlyFull + 1 : 0;
      if (nearlyFull == FULL_COLLECTIONS) {
        // not on the JVM's notification thread, which must stay free while the JVM exits
        stop.start();
      }
    }
  }

  /**
   * Prints {@link #message()} on {@code err} unless it was printed already; a second caller waits
   * until the first has printed it, so that neither exits with the line half written.
   *
   * @return whether this call printed it
   */
  static boolean report(PrintWriter err) {
    synchronized (LOCK) {
      if (reported) {
        return false;
      }
      reported = true;
      reserve = null; // room to print and to exit
      try {
        err.println(line != null ? line : "dicoso: " + message());
        err.flush();
      } catch (OutOfMemoryError e) {
        // the exit status still says it: 3
      }
      return true;
    }
  }

  /**
   * {@code out of memory: the input needs more than the 512 MB of memory Java gave the tool; give
   * it more with -Xmx, e.g. java -Xmx1g -jar dicoso.jar ...}.
   */
  static String message() {
    long megabytes = Math.max(1, Math.round(Runtime.getRuntime().maxMemory() / (1024.0 * 1024)));
    long twice = 2 * megabytes;
    String suggestion = twice % 1024 == 0 ? twice / 1024 + "g" : twice + "m";
    return "out of memory: the input needs more than the "
        + megabytes
        + " MB of memory Java gave the tool; give it more with -Xmx, e.g. java -Xmx"
        + suggestion
        + " -jar dicoso.jar ...";
  }
}
