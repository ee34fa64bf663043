package ai.autogon.label.server;

import ai.autogon.label.domain.training.TrainingProgress;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Writes the {@code data} of the training job endpoints. */
final class JobResponses {
  private JobResponses() {}

  /** Writes the {@code 202 Accepted} response body of an asynchronous train request. */
  static void writeAccepted(JsonWriter writer, TrainingJob job, OptionalInt queuePosition, String statusPath)
      throws IOException {
    writer.beginObject();
    writer.name("job_id").value(job.id());
    writer.name("status").value(job.snapshot().state().name().toLowerCase(Locale.ROOT));
    writer.name("queue_position");
    writeOptionalInt(writer, queuePosition);
    writer.name("status_url").value(statusPath);
    writer.endObject();
  }

  /** Writes a job's state, progress and result or error. */
  static void writeJob(JsonWriter writer, TrainingJob.Snapshot job, OptionalInt queuePosition) throws IOException {
    writer.beginObject();
    writer.name("job_id").value(job.id());
    writer.name("status").value(job.state().name().toLowerCase(Locale.ROOT));
    writer.name("queue_position");
    writeOptionalInt(writer, queuePosition);
    writer.name("model_type").value(job.command().modelType().wireName());
    writer.name("project_id").value(job.command().projectId().value());
    writer.name("model_load_name").value(job.command().modelLoadName().map(Object::toString).orElse(null));
    writer.name("model_save_name").value(job.command().modelSaveName().map(Object::toString).orElse(null));
    writer.name("submitted_at").value(job.submittedAt().toString());
    writer.name("started_at").value(job.startedAt().map(Instant::toString).orElse(null));
    writer.name("finished_at").value(job.finishedAt().map(Instant::toString).orElse(null));
    writeProgress(writer, job.progress());
    writer.name("notices").beginArray();
    for (String notice : job.notices()) {
      writer.value(notice);
    }
    writer.endArray();
    writer.name("model");
    if (job.result().isPresent()) {
      WireResponses.writeModel(writer, job.result().get());
    } else {
      writer.nullValue();
    }
    writer.name("error");
    writeFailure(writer, job.failure());
    writer.endObject();
  }

  private static void writeProgress(JsonWriter writer, Optional<TrainingProgress> progress) throws IOException {
    if (progress.isEmpty()) {
      writer.name("epoch").nullValue();
      writer.name("total_epochs").nullValue();
      writer.name("batch").nullValue();
      writer.name("total_batches").nullValue();
      writer.name("losses").beginObject().endObject();
      writer.name("elapsed_seconds").nullValue();
      writer.name("remaining_seconds").nullValue();
      return;
    }
    TrainingProgress latest = progress.get();
    writer.name("epoch").value(latest.epoch());
    writer.name("total_epochs").value(latest.totalEpochs());
    writer.name("batch").value(latest.batch());
    writer.name("total_batches").value(latest.totalBatches());
    writer.name("losses").beginObject();
    for (Map.Entry<String, Double> loss : latest.losses().entrySet()) {
      writer.name(loss.getKey());
      double value = loss.getValue() == null ? Double.NaN : loss.getValue();
      if (Double.isFinite(value)) {
        writer.value(value);
      } else {
        writer.nullValue();
      }
    }
    writer.endObject();
    writer.name("elapsed_seconds").value(seconds(latest.elapsed()));
    writer.name("remaining_seconds").value(latest.remaining().map(JobResponses::seconds).orElse(null));
  }

  private static void writeFailure(JsonWriter writer, Optional<Failure> failure) throws IOException {
    if (failure.isEmpty()) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("http_status").value(failure.get().status());
    writer.name("message").value(failure.get().message());
    writer.name("errors").beginObject();
    for (Map.Entry<String, String> error : failure.get().fieldErrors().entrySet()) {
      writer.name(error.getKey()).value(error.getValue());
    }
    writer.endObject();
    writer.endObject();
  }

  private static Double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }

  private static void writeOptionalInt(JsonWriter writer, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      writer.value(value.getAsInt());
    } else {
      writer.nullValue();
    }
  }
}
