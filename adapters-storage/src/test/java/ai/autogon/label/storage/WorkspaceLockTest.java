package ai.autogon.label.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.StorageException;
import ai.autogon.label.domain.project.Project;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLockTest {
  private static final Duration SHORT = Duration.ofMillis(200);

  @TempDir
  Path root;

  @Test
  void secondThreadTimesOutWithClearMessage() throws Exception {
    // given
    Workspace workspace = Workspace.open(root, SHORT);
    CountDownLatch lockTaken = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
      try (WorkspaceLock lock = workspace.lockModel("cells")) {
        lockTaken.countDown();
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    lockTaken.await(5, TimeUnit.SECONDS);

    // when / then
    try {
      assertThatThrownBy(() -> workspace.lockModel("cells"))
          .isInstanceOf(StorageException.class)
          .hasMessage("timed out after 200 ms waiting for the lock of model 'cells' (" + root.resolve("locks/model-cells.lock")
              + ") because another command is writing it; try again when that command has finished");
    } finally {
      release.countDown();
      holder.get(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void secondThreadWaitsForRelease() throws Exception {
    // given
    Workspace workspace = Workspace.open(root, Duration.ofSeconds(5));
    CountDownLatch lockTaken = new CountDownLatch(1);
    CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
      try (WorkspaceLock lock = workspace.lockProject(ai.autogon.label.domain.project.ProjectId.of(1))) {
        lockTaken.countDown();
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    lockTaken.await(5, TimeUnit.SECONDS);

    // when
    long start = System.nanoTime();
    try (WorkspaceLock lock = workspace.lockProject(ai.autogon.label.domain.project.ProjectId.of(1))) {
      // then
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }
    holder.get(5, TimeUnit.SECONDS);
  }

  @Test
  void concurrentCreatesGetDistinctIds() throws Exception {
    // given
    FileProjectStore store = new FileProjectStore(Workspace.open(root));

    // when
    java.util.List<CompletableFuture<Project>> creates = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String name = "p" + i;
      creates.add(CompletableFuture.supplyAsync(() -> store.createProject(name)));
    }

    // then
    java.util.Set<Long> ids = new java.util.TreeSet<>();
    for (CompletableFuture<Project> create : creates) {
      ids.add(create.get(10, TimeUnit.SECONDS).id().value());
    }
    assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
  }

  @Test
  void lockHeldByAnotherProcessBlocksWriter() throws Exception {
    // given another JVM holding the operating-system lock of model 'cells'
    Workspace workspace = Workspace.open(root, SHORT);
    Path lockFile = root.resolve("locks/model-cells.lock");
    Process other = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        LockHolderProcess.class.getName(), lockFile.toString())
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader output = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
      assertThat(output.readLine()).isEqualTo("locked");

      // when / then
      assertThatThrownBy(() -> new FileModelRegistry(workspace).saveModel(
          Samples.model("cells", java.time.Instant.EPOCH), directory -> {}, false))
          .isInstanceOf(StorageException.class)
          .hasMessage("timed out after 200 ms waiting for the lock of model 'cells' (" + lockFile
              + ") because another command is writing it; try again when that command has finished");
    } finally {
      other.getOutputStream().close();
      assertThat(other.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    // and after the other process ends, the save goes through
    assertThat(new FileModelRegistry(workspace).saveModel(
        Samples.model("cells", java.time.Instant.EPOCH), directory -> {}, false).directory()).isDirectory();
  }

  @Test
  void sameThreadCannotTakeTheLockTwice() {
    // given
    Workspace workspace = Workspace.open(root, SHORT);

    // when / then
    try (WorkspaceLock lock = workspace.lockModel("cells")) {
      assertThatThrownBy(() -> workspace.lockModel("cells"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("this thread already holds the lock of model 'cells'");
    }
  }

  @Test
  void lockFileOutsideWorkspaceIsNeverCreated() throws IOException {
    // given
    Workspace workspace = Workspace.open(root, SHORT);

    // when / then
    assertThatThrownBy(() -> workspace.lockModel("../x")).hasMessageContaining("got '../x'");
    assertThat(root.resolve("x.lock")).doesNotExist();
  }
}
