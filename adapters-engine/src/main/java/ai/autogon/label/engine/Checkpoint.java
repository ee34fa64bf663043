package ai.autogon.label.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * State of a training run after a completed epoch: weights, averaged weights, best weights so far, optimizer
 * moments, data-order random state and counters. One file, replaced atomically after every epoch.
 *
 * @param fingerprint description of the run (project, size, classes, options) that a resume must match
 * @param epochsDone completed epochs
 * @param bestEpoch 1-based epoch of the best weights, 0 before any
 * @param bestFitness val mAP50-95 of the best weights
 * @param averageUpdates updates of the weight average
 * @param randomState state of the data-order random generator
 * @param weights trained network parameters
 * @param averaged averaged network parameters
 * @param best averaged parameters of the best epoch
 * @param optimizer optimizer state
 */
record Checkpoint(
    String fingerprint,
    int epochsDone,
    int bestEpoch,
    double bestFitness,
    long averageUpdates,
    long randomState,
    byte[] weights,
    byte[] averaged,
    byte[] best,
    byte[] optimizer) {
  static final String FILE = "checkpoint.bin";
  private static final int MAGIC = 0x41474c43;

  /** Writes the checkpoint into {@code directory} through a temporary file and an atomic rename. */
  void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, FILE, ".tmp");
    try {
      try (OutputStream file = Files.newOutputStream(temporary);
          DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(file))) {
        out.writeInt(MAGIC);
        out.writeUTF(fingerprint);
        out.writeInt(epochsDone);
        out.writeInt(bestEpoch);
        out.writeDouble(bestFitness);
        out.writeLong(averageUpdates);
        out.writeLong(randomState);
        writeBlock(out, weights);
        writeBlock(out, averaged);
        writeBlock(out, best);
        writeBlock(out, optimizer);
        out.flush();
        if (file instanceof java.io.FileOutputStream stream) {
          stream.getFD().sync();
        }
      }
      try {
        Files.move(temporary, directory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Reads the checkpoint of a directory. */
  static Checkpoint read(Path directory) throws IOException {
    try (InputStream file = Files.newInputStream(directory.resolve(FILE));
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(file))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(directory.resolve(FILE) + " is not a training checkpoint");
      }
      return new Checkpoint(
          in.readUTF(),
          in.readInt(),
          in.readInt(),
          in.readDouble(),
          in.readLong(),
          in.readLong(),
          readBlock(in),
          readBlock(in),
          readBlock(in),
          readBlock(in));
    }
  }

  static boolean exists(Path directory) {
    return Files.isRegularFile(directory.resolve(FILE));
  }

  private static void writeBlock(DataOutputStream out, byte[] block) throws IOException {
    out.writeInt(block.length);
    out.write(block);
  }

  private static byte[] readBlock(DataInputStream in) throws IOException {
    byte[] block = new byte[in.readInt()];
    in.readFully(block);
    return block;
  }
}
