package ai.autogon.label.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Holds an operating-system lock on a file from a separate JVM until its standard input closes. */
final class LockHolderProcess {
  private LockHolderProcess() {}

  public static void main(String[] args) throws IOException {
    try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() != -1) {
        // Wait for the test to close this process's input.
      }
    }
  }
}
