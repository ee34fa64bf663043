package ai.autogon.label.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.application.TrainModelCommand;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.project.ProjectId;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TrainingJobsTest {
  private final Fakes.Training training = new Fakes.Training();

  private static TrainModelCommand command(String saveName) {
    return TrainModelCommand.fresh(ModelType.SMALL, ProjectId.of(1), ModelName.of(saveName));
  }

  @Test
  void closeFailsQueuedJobs() throws Exception {
    // given
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    training.behaviour = (command, listener) -> {
      started.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Fakes.trainedModel(command, command.modelSaveName().orElseThrow().value());
    };
    TrainingJobs jobs = new TrainingJobs(training, ServerLimits.defaults().withShutdownGracePeriod(Duration.ofSeconds(10)),
        Clock.systemUTC());
    TrainingJob running = jobs.submit(command("running"));
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    TrainingJob queued = jobs.submit(command("queued"));

    // when
    new Thread(() -> {
      sleep(200);
      release.countDown();
    }).start();
    jobs.close();

    // then
    assertThat(running.snapshot().state()).isEqualTo(TrainingJob.State.SUCCEEDED);
    assertThat(queued.snapshot().state()).isEqualTo(TrainingJob.State.FAILED);
    assertThat(queued.snapshot().failure().orElseThrow().message())
        .isEqualTo("the server stopped before this training job started; submit it again");
    assertThat(training.commands).hasSize(1);
    assertThatThrownBy(() -> jobs.submit(command("late")))
        .hasMessage("the server is stopping and accepts no new training jobs");
  }

  @Test
  void forgetsOldestFinishedJobsBeyondRetention() throws Exception {
    // given
    TrainingJobs jobs = new TrainingJobs(training, ServerLimits.defaults().withRetainedJobs(2), Clock.systemUTC());

    // when
    TrainingJob first = jobs.submit(command("first"));
    first.completion().get(5, TimeUnit.SECONDS);
    TrainingJob second = jobs.submit(command("second"));
    second.completion().get(5, TimeUnit.SECONDS);
    TrainingJob third = jobs.submit(command("third"));
    third.completion().get(5, TimeUnit.SECONDS);
    jobs.close();

    // then
    assertThat(jobs.find(first.id())).isEmpty();
    assertThat(jobs.find(second.id())).containsSame(second);
    assertThat(jobs.find(third.id())).containsSame(third);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
