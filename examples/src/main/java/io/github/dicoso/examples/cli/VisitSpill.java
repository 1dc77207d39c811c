package io.github.dicoso.examples.cli;

import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The visits of one run, held in temporary files rather than in memory, so that the tool's memory
 * is bounded by one chunk of officers, not by the input: a visits file of millions of rows is read
 * once, and each visit written, in file order, to the file of its officer's chunk (officers taken
 * {@link #chunkSize} at a time, in the officers file's order).
 *
 * <ul>
 *   <li>{@link #chunk} reads back the visits of one chunk's officers, in file order;
 *   <li>{@link #outsidePeriodVisits} lists the visits of known officers wholly outside the period,
 *       in file order, read from their own file as they are listed;
 *   <li>{@link #unknownOfficerVisits} are held in memory: they name no officer of the file, and
 *       each is listed in the outputs as excluded.
 * </ul>
 *
 * The files are in a temporary folder of their own, removed by {@link #close} (and when the JVM
 * exits, if it was not closed). A visit is written as its fields, and read back as an equal visit.
 *
 * <p>This class is mutable and not thread-safe; one instance serves one run.
 */
final class VisitSpill implements Closeable {
  /**
   * The temporary files cannot be written or read (a full disk, say): the run cannot go on, and the
   * message says where and why.
   */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(IOException cause) {
      super(
          "cannot hold the visits in temporary files (in "
              + System.getProperty("java.io.tmpdir")
              + "; another folder can be given with java -Djava.io.tmpdir=FOLDER): "
              + IoMessages.describe(cause)
              + "; no output file was replaced",
          cause);
    }
  }

  /** The officers of a chunk, unless there are so many that chunks would be more than 256. */
  static final int CHUNK_OFFICERS = 2_000;

  private static final int MAX_CHUNKS = 256;
  private static final int BUFFER = 1 << 15;

  private final List<Officer> officers;
  private final Map<String, Integer> officerIndex;
  private final LocalDateRange period;
  private final int chunkSize;
  private final @Nullable DataOutputStream[] chunkOut;
  private final long[] chunkVisits;
  private final List<Visit> unknown = new ArrayList<>();
  private final List<Long> unknownLines = new ArrayList<>();
  private final List<SpillList<?>> lists = new ArrayList<>();
  private @Nullable Path folder;
  private @Nullable DataOutputStream outsideOut;
  private int outsideCount;
  private long count;
  private @Nullable LocalDate firstStart;
  private @Nullable LocalDate lastEnd;
  private boolean anyInPeriod;
  private boolean finished;

  /**
   * An empty spill for {@code officers} (ids unique), in chunks of {@code chunkSize} officers at
   * least, for a run over {@code period}.
   */
  VisitSpill(List<Officer> officers, LocalDateRange period, int chunkSize) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunk size " + chunkSize + " is not positive");
    }
    this.officers = List.copyOf(officers);
    this.period = period;
    this.chunkSize = Math.max(chunkSize, (officers.size() + MAX_CHUNKS - 1) / MAX_CHUNKS);
    this.officerIndex = new HashMap<>(officers.size() * 2);
    for (int i = 0; i < officers.size(); i++) {
      officerIndex.put(officers.get(i).id(), i);
    }
    int chunks = Math.max(1, (officers.size() + this.chunkSize - 1) / this.chunkSize);
    this.chunkOut = new DataOutputStream[chunks];
    this.chunkVisits = new long[chunks];
  }

  /** The officers in each chunk (the last may have fewer). */
  int chunkSize() {
    return chunkSize;
  }

  /** How many chunks the officers make (one, when there is none). */
  int chunks() {
    return chunkOut.length;
  }

  /** The officers, in file order. */
  List<Officer> officers() {
    return officers;
  }

  /**
   * Takes {@code visit}, read from {@code line}.
   *
   * @throws Failure if the temporary file cannot be written
   */
  void add(Visit visit, long line) {
    if (finished) {
      throw new IllegalStateException("the spill is finished");
    }
    count++;
    if (firstStart == null || visit.start().isBefore(firstStart)) {
      firstStart = visit.start();
    }
    if (lastEnd == null || visit.end().isAfter(lastEnd)) {
      lastEnd = visit.end();
    }
    boolean inPeriod = visit.dates().overlaps(period);
    anyInPeriod |= inPeriod;
    Integer index = officerIndex.get(visit.officerId());
    if (index == null) {
      unknown.add(visit);
      unknownLines.add(line);
      return;
    }
    try {
      int chunk = index / chunkSize;
      DataOutputStream out = chunkOut[chunk];
      if (out == null) {
        out = open(chunkFile(chunk));
        chunkOut[chunk] = out;
      }
      write(out, visit, index, line);
      chunkVisits[chunk]++;
      if (!inPeriod) {
        if (outsideOut == null) {
          outsideOut = open(outsideFile());
        }
        write(outsideOut, visit, index, line);
        outsideCount++;
      }
    } catch (IOException e) {
      throw new Failure(e);
    }
  }

  /** Ends the reading: every file written is complete. */
  void finish() {
    try {
      for (int i = 0; i < chunkOut.length; i++) {
        DataOutputStream out = chunkOut[i];
        if (out != null) {
          out.close();
          chunkOut[i] = null;
        }
      }
      if (outsideOut != null) {
        outsideOut.close();
        outsideOut = null;
      }
    } catch (IOException e) {
      throw new Failure(e);
    }
    finished = true;
  }

  /** How many visits were read, including those of unknown officers. */
  long count() {
    return count;
  }

  /** The earliest start of a visit read, if any was. */
  Optional<LocalDate> firstStart() {
    return Optional.ofNullable(firstStart);
  }

  /** The latest end of a visit read, if any was. */
  Optional<LocalDate> lastEnd() {
    return Optional.ofNullable(lastEnd);
  }

  /** Whether any visit read overlaps the period. */
  boolean anyInPeriod() {
    return anyInPeriod;
  }

  /** A visit of a chunk with the line it was read from. */
  record Line(Visit visit, long line) {}

  /**
   * The visits of the officers of chunk {@code k}, in file order.
   *
   * @throws Failure if the temporary file cannot be read
   */
  List<Line> chunk(int k) {
    checkFinished();
    List<Line> visits = new ArrayList<>(Math.toIntExact(chunkVisits[k]));
    if (chunkVisits[k] == 0) {
      return visits;
    }
    try (DataInputStream in = openRead(chunkFile(k))) {
      for (long i = 0; i < chunkVisits[k]; i++) {
        long line = in.readLong();
        visits.add(new Line(read(in), line));
      }
    } catch (IOException e) {
      throw new Failure(e);
    }
    return visits;
  }

  /** The visits naming an officer not in the officers file, in file order. */
  List<Visit> unknownOfficerVisits() {
    return List.copyOf(unknown);
  }

  /** The line of each of {@link #unknownOfficerVisits}. */
  List<Long> unknownOfficerLines() {
    return List.copyOf(unknownLines);
  }

  /**
   * The visits of known officers wholly outside the period, in file order: a list read from its
   * file as it is gone through, which is fast in order and slow at random.
   */
  List<Visit> outsidePeriodVisits() {
    checkFinished();
    if (outsideCount == 0) {
      return List.of();
    }
    return list(
        outsideFile(),
        outsideCount,
        in -> {
          in.readLong();
          return read(in);
        });
  }

  /**
   * A list of {@code size} elements read from {@code file} by {@code decoder}, closed with this
   * spill.
   */
  <T> SpillList<T> list(Path file, int size, SpillList.Decoder<T> decoder) {
    SpillList<T> list = new SpillList<>(file, size, decoder);
    lists.add(list);
    return list;
  }

  /**
   * A new temporary file in this spill's folder, removed with it.
   *
   * @throws IOException if it cannot be created
   */
  Path newFile(String name) throws IOException {
    return folder().resolve(name);
  }

  /** The temporary folder, once a file was written; none before, and none once closed. */
  Optional<Path> folderIfCreated() {
    return Optional.ofNullable(folder);
  }

  /** Removes the temporary files. */
  @Override
  public void close() {
    for (SpillList<?> list : lists) {
      list.close();
    }
    try {
      for (DataOutputStream out : chunkOut) {
        if (out != null) {
          out.close();
        }
      }
      if (outsideOut != null) {
        outsideOut.close();
      }
    } catch (IOException e) {
      // removed below regardless
    }
    Path f = folder;
    if (f == null) {
      return;
    }
    try (var files = Files.list(f)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(f);
    } catch (IOException e) {
      // deleteOnExit removes what remains
    }
    folder = null;
  }

  private void checkFinished() {
    if (!finished) {
      throw new IllegalStateException("the spill is still being written");
    }
  }

  private Path chunkFile(int k) throws IOException {
    return newFile("chunk-" + k);
  }

  private Path outsideFile() {
    try {
      return newFile("outside");
    } catch (IOException e) {
      throw new Failure(e);
    }
  }

  private Path folder() throws IOException {
    Path f = folder;
    if (f == null) {
      f = Files.createTempDirectory("dicoso-visits-");
      f.toFile().deleteOnExit();
      folder = f;
    }
    return f;
  }

  private static DataOutputStream open(Path file) throws IOException {
    file.toFile().deleteOnExit();
    return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
  }

  static DataInputStream openRead(Path file) throws IOException {
    return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
  }

  private static final int INVITED = 1;
  private static final int APPROVED = 2;
  private static final int TRAVEL_ORDER = 4;
  private static final int HALF_DAY = 8;
  private static final int REPORTED = 16;
  private static final KindOfWork[] KINDS = KindOfWork.values();
  private static final HostLevel[] LEVELS = HostLevel.values();

  private static void write(DataOutputStream out, Visit v, int officer, long line)
      throws IOException {
    out.writeLong(line);
    writeString(out, v.id());
    out.writeInt(officer);
    out.writeLong(v.start().toEpochDay());
    out.writeLong(v.end().toEpochDay());
    int kinds = 0;
    for (KindOfWork k : v.kinds()) {
      kinds |= 1 << k.ordinal();
    }
    out.writeInt(kinds);
    writeString(out, v.hostUnit());
    out.writeByte(v.hostLevel().ordinal());
    Optional<LocalDate> report = v.reportDate();
    out.writeByte(
        (v.invitedOnly() ? INVITED : 0)
            | (v.approved() ? APPROVED : 0)
            | (v.travelOrder() ? TRAVEL_ORDER : 0)
            | (v.halfDay() ? HALF_DAY : 0)
            | (report.isPresent() ? REPORTED : 0));
    if (report.isPresent()) {
      out.writeLong(report.get().toEpochDay());
    }
    writeString(out, v.description());
  }

  /** Reads a visit {@link #write} wrote, after its line. */
  private Visit read(DataInputStream in) throws IOException {
    String id = readString(in);
    String officerId = officers.get(in.readInt()).id();
    LocalDate start = LocalDate.ofEpochDay(in.readLong());
    LocalDate end = LocalDate.ofEpochDay(in.readLong());
    int kindBits = in.readInt();
    Set<KindOfWork> kinds = EnumSet.noneOf(KindOfWork.class);
    for (KindOfWork k : KINDS) {
      if ((kindBits & (1 << k.ordinal())) != 0) {
        kinds.add(k);
      }
    }
    String hostUnit = readString(in);
    HostLevel hostLevel = LEVELS[in.readByte()];
    int flags = in.readByte();
    Visit.Builder visit =
        Visit.builder()
            .id(id)
            .officerId(officerId)
            .start(start)
            .end(end)
            .kinds(kinds)
            .hostUnit(hostUnit)
            .hostLevel(hostLevel)
            .invitedOnly((flags & INVITED) != 0)
            .approved((flags & APPROVED) != 0)
            .travelOrder((flags & TRAVEL_ORDER) != 0)
            .halfDay((flags & HALF_DAY) != 0);
    if ((flags & REPORTED) != 0) {
      visit.reportDate(LocalDate.ofEpochDay(in.readLong()));
    }
    return visit.description(readString(in)).build();
  }

  /** Writes {@code s} as its length in UTF-8 bytes and those bytes (no limit of length). */
  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** Reads a string {@link #writeString} wrote. */
  static String readString(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
