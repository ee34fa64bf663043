package ai.autogon.label.storage;

import ai.autogon.label.domain.error.StorageException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive right to write one project, one model or the id counter, held across threads and processes.
 *
 * <p>An operating-system lock on a lock file ({@link FileChannel#tryLock()}) keeps other processes out.
 * Those locks belong to the whole JVM, so an in-process lock per lock file keeps other threads out first.
 * A writer that finds the lock taken waits up to a bounded timeout and then fails with a
 * {@link StorageException} naming what is locked.
 */
final class WorkspaceLock implements AutoCloseable {
  private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
  private static final long POLL_MILLIS = 25;

  private final ReentrantLock threadLock;
  private final FileChannel channel;
  private final FileLock fileLock;

  private WorkspaceLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
    this.threadLock = threadLock;
    this.channel = channel;
    this.fileLock = fileLock;
  }

  /**
   * Takes the lock, waiting up to {@code timeout} for another writer to finish.
   *
   * @param subject what the lock protects, in words for the error message, such as {@code project 3}
   * @throws StorageException when the lock is still taken after the timeout or the lock file cannot be opened
   */
  static WorkspaceLock acquire(Path lockFile, String subject, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    ReentrantLock threadLock = threadLockFor(lockFile);
    if (threadLock.isHeldByCurrentThread()) {
      throw new IllegalStateException("this thread already holds the lock of " + subject);
    }
    try {
      if (!threadLock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw busy(lockFile, subject, timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while waiting for the lock of " + subject + " (" + lockFile + ")", e);
    }
    try {
      return lockFile(lockFile, subject, threadLock, deadline, timeout);
    } catch (RuntimeException e) {
      threadLock.unlock();
      throw e;
    }
  }

  /** Takes the lock only when no other writer holds it, without waiting. */
  static Optional<WorkspaceLock> tryAcquire(Path lockFile, String subject) {
    ReentrantLock threadLock = threadLockFor(lockFile);
    if (threadLock.isHeldByCurrentThread() || !threadLock.tryLock()) {
      return Optional.empty();
    }
    try {
      return Optional.of(lockFile(lockFile, subject, threadLock, System.nanoTime(), Duration.ZERO));
    } catch (StorageException e) {
      threadLock.unlock();
      return Optional.empty();
    }
  }

  private static WorkspaceLock lockFile(Path lockFile, String subject, ReentrantLock threadLock, long deadline, Duration timeout) {
    FileChannel channel;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new StorageException("failed to open the lock file " + lockFile + " of " + subject + ": " + e.getMessage(), e);
    }
    try {
      while (true) {
        FileLock fileLock = channel.tryLock();
        if (fileLock != null) {
          return new WorkspaceLock(threadLock, channel, fileLock);
        }
        if (System.nanoTime() >= deadline) {
          throw busy(lockFile, subject, timeout);
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StorageException("failed to lock " + lockFile + " for " + subject + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      closeQuietly(channel);
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while waiting for the lock of " + subject + " (" + lockFile + ")", e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  private static ReentrantLock threadLockFor(Path lockFile) {
    return IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), path -> new ReentrantLock());
  }

  private static StorageException busy(Path lockFile, String subject, Duration timeout) {
    return new StorageException(
        "timed out after " + timeout.toMillis() + " ms waiting for the lock of " + subject + " (" + lockFile
            + ") because another command is writing it; try again when that command has finished");
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // The lock attempt already failed; that error is the one to report.
    }
  }

  @Override
  public void close() {
    try {
      fileLock.release();
      channel.close();
    } catch (IOException e) {
      throw new StorageException("failed to release the lock file: " + e.getMessage(), e);
    } finally {
      threadLock.unlock();
    }
  }
}
