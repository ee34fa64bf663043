package ai.autogon.label.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stops a training run cleanly when the process is asked to exit (Ctrl-C, SIGTERM).
 *
 * <p>Without it the JVM would exit while PyTorch threads are still inside a batch, which can crash the native
 * code on the way out. The hook interrupts the training thread, which stops at the next batch boundary with a
 * message on how to resume from the last checkpoint, and delays the exit until the command has printed it.
 */
final class StopTrainingOnShutdown implements AutoCloseable {
  /** Maximum wait for the current batch to finish, since one batch of a large model at 640 pixels can take minutes. */
  private static final long MAX_WAIT_SECONDS = 120;

  /** Counted down by {@link Main} once a command has returned and its output is flushed. */
  static final CountDownLatch COMMAND_FINISHED = new CountDownLatch(1);

  private final Thread hook;

  StopTrainingOnShutdown() {
    Thread training = Thread.currentThread();
    this.hook = new Thread(() -> {
      training.interrupt();
      try {
        COMMAND_FINISHED.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "autogon-label-stop-training");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down and the hook is running. It waits for COMMAND_FINISHED.
    }
  }
}
