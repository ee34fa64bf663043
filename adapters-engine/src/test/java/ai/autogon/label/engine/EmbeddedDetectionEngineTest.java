package ai.autogon.label.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.ConflictException;
import ai.autogon.label.domain.error.LabelException;
import ai.autogon.label.domain.error.NotFoundException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.port.StoredModel;
import ai.autogon.label.domain.prediction.ConfidenceThreshold;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.OverlapThreshold;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingOptions;
import ai.autogon.label.domain.training.TrainingProgress;
import ai.autogon.label.domain.training.TrainingRequest;
import ai.autogon.label.engine.synthetic.ShapeKind;
import ai.autogon.label.engine.synthetic.SyntheticShapesDataset;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDetectionEngineTest {
  private static final TrainingOptions TINY = TrainingOptions.defaults().withEpochs(2).withBatchSize(4).withImageSize(64).withSeed(11);

  @TempDir static Path workspace;
  private static FakePorts.Images images;
  private static FakePorts.Projects projects;
  private static FakePorts.Registry registry;
  private static EmbeddedDetectionEngine engine;
  private static Project shapes;

  @BeforeAll
  static void trainBaseModel() throws IOException {
    images = new FakePorts.Images();
    projects = new FakePorts.Projects();
    shapes = SyntheticFixture.project(1, dataset(3, 96, 64, ShapeKind.CIRCLE, ShapeKind.SQUARE, ShapeKind.TRIANGLE), images, false);
    projects.add(shapes);
    projects.add(SyntheticFixture.project(2, dataset(4, 64, 64, ShapeKind.CIRCLE, ShapeKind.SQUARE), images, false));
    projects.add(SyntheticFixture.project(3, dataset(5, 64, 64, ShapeKind.SQUARE, ShapeKind.CIRCLE, ShapeKind.TRIANGLE, ShapeKind.STAR), images, false));
    registry = new FakePorts.Registry(Files.createDirectories(workspace.resolve("models")));
    EngineConfig config = EngineConfig.builder().threads(2).checkpointDirectory(workspace.resolve("checkpoints")).build();
    engine = new EmbeddedDetectionEngine(projects, registry, registry, images, config);
    engine.train(request(1, Optional.empty(), "base", TINY), TrainingListener.NONE);
  }

  private static SyntheticShapesDataset dataset(long seed, int width, int height, ShapeKind... kinds) {
    return SyntheticShapesDataset.builder().seed(seed).imageCount(10).imageSize(width, height).kinds(kinds).build();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void trainedModelReportsSplitAndNetworkSize() {
    // when
    TrainedModel model = registry.loadModel(ModelName.of("base")).orElseThrow().model();

    // then
    assertThat(model.trainImages()).isEqualTo(8);
    assertThat(model.valImages()).isEqualTo(2);
    assertThat(model.epochs()).isEqualTo(2);
    assertThat(model.classNames()).containsExactly("circle", "square", "triangle");
    assertThat(model.networkSize()).isPresent();
    assertThat(model.networkSize().get().parameters()).isBetween(2_900_000L, 3_300_000L);
    assertThat(model.networkSize().get().imageSize()).isEqualTo(64);
  }

  @Test
  void rejectsExistingSaveNameBeforeTraining() {
    assertThatThrownBy(() -> engine.train(request(1, Optional.empty(), "base", TINY), failOnProgress()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("model 'base' already exists. Choose another model_save_name or allow overwriting");
  }

  @Test
  void rejectsUnknownProjectOrBaseModel() {
    assertThatThrownBy(() -> engine.train(request(99, Optional.empty(), "other", TINY), failOnProgress()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("project 99 not found");
    assertThatThrownBy(() -> engine.train(request(1, Optional.of("missing"), "other", TINY), failOnProgress()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("model 'missing' not found");
  }

  @Test
  void rejectsResumeWithoutCheckpoint() {
    assertThatThrownBy(() -> engine.train(request(1, Optional.empty(), "fresh", TINY.withResume(true)), failOnProgress()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no interrupted training of model 'fresh' to resume in " + workspace.resolve("checkpoints").resolve("fresh"));
  }

  @Test
  void unreadableImageGetsItsOwnError() {
    // given
    ImageReference missing = new ImageReference(URI.create("file:///synthetic/missing.png"));
    List<ImageReference> references = List.of(shapes.images().get(0).image(), missing, shapes.images().get(1).image());

    // when
    List<ImageAnnotations> results = engine.predict(
        new PredictionRequest(AppId.of(1), references, ConfidenceThreshold.of(0), OverlapThreshold.DEFAULT, ModelName.of("base"), 5, false));

    // then
    assertThat(results).hasSize(3);
    assertThat(results.get(0).error()).isEmpty();
    assertThat(results.get(0).width()).hasValue(96);
    assertThat(results.get(1).error()).isPresent();
    assertThat(results.get(1).error().get().code()).isEqualTo("image_unreachable");
    assertThat(results.get(1).error().get().message()).isEqualTo("image file:///synthetic/missing.png does not exist");
    assertThat(results.get(2).error()).isEmpty();
    assertThat(results.get(2).annotations()).isNotEmpty();
  }

  @Test
  void boxesLieInsideTheOriginalImage() {
    // when
    ImageAnnotations result = engine.predict(prediction(0, 300, false)).get(0);

    // then
    assertThat(result.annotations()).isNotEmpty();
    assertThat(result.annotations()).allSatisfy(annotation -> {
      assertThat(annotation.box().x()).isGreaterThanOrEqualTo(0);
      assertThat(annotation.box().right()).isLessThanOrEqualTo(96);
      assertThat(annotation.box().bottom()).isLessThanOrEqualTo(64);
    });
  }

  @Test
  void maxDetectionsIsNotCarriedOverBetweenCalls() {
    // when
    int few = engine.predict(prediction(0, 1, false)).get(0).annotations().size();
    int many = engine.predict(prediction(0, 300, false)).get(0).annotations().size();
    int fewAgain = engine.predict(prediction(0, 2, false)).get(0).annotations().size();

    // then
    assertThat(few).isEqualTo(1);
    assertThat(many).isGreaterThan(2);
    assertThat(fewAgain).isEqualTo(2);
  }

  @Test
  void classAgnosticSuppressionKeepsNoMoreBoxes() {
    // when
    int perClass = engine.predict(prediction(0, 300, false)).get(0).annotations().size();
    int agnostic = engine.predict(prediction(0, 300, true)).get(0).annotations().size();

    // then
    assertThat(agnostic).isLessThanOrEqualTo(perClass);
  }

  @Test
  void concurrentPredictionsMatchSequentialOnes() throws Exception {
    // given
    List<ImageAnnotations> expected = engine.predict(prediction(0.01, 300, false));

    // when
    List<Thread> threads = new ArrayList<>();
    List<List<ImageAnnotations>> results = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 3; t++) {
      Thread thread = new Thread(() -> results.add(engine.predict(prediction(0.01, 300, false))));
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }

    // then
    assertThat(results).hasSize(3).allSatisfy(result -> assertThat(result).isEqualTo(expected));
  }

  @Test
  void replacedModelKeepsRunningPredictions() throws Exception {
    // given
    engine.train(request(1, Optional.empty(), "replaced", TINY), TrainingListener.NONE);
    AtomicBoolean replacing = new AtomicBoolean(true);
    AtomicInteger predictions = new AtomicInteger();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      Thread thread = new Thread(() -> {
        while (replacing.get()) {
          try {
            engine.predict(prediction("replaced", 0.01, 300, false));
            predictions.incrementAndGet();
          } catch (RuntimeException e) {
            failures.add(e);
          }
        }
      });
      threads.add(thread);
      thread.start();
    }

    // when
    for (long seed = 1; seed <= 3; seed++) {
      engine.train(request(1, Optional.empty(), "replaced", TINY.withSeed(seed).withOverwrite(true)), TrainingListener.NONE);
    }
    replacing.set(false);
    for (Thread thread : threads) {
      thread.join();
    }

    // then
    assertThat(failures).isEmpty();
    assertThat(predictions.get()).isPositive();
    assertThat(engine.predict(prediction("replaced", 0.01, 300, false))).allSatisfy(result -> assertThat(result.error()).isEmpty());
  }

  @Test
  void detectorOutlivesCacheRelease() {
    // given
    Path directory = registry.loadModel(ModelName.of("base")).orElseThrow().directory();
    float[] pixels = new float[3 * 64 * 64];
    try (NDManager manager = NDManager.newBaseManager()) {
      LoadedDetector detector = LoadedDetector.load(manager, directory, Instant.EPOCH);
      detector.acquire();

      // when
      detector.close();

      // then
      assertThat(detector.forward(pixels, 1)[1]).isNotEmpty();
      detector.close();
      assertThatThrownBy(detector::acquire).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
  }

  @Test
  void detectorCacheEvictsLeastRecentlyUsed() {
    // given
    try (NDManager manager = NDManager.newBaseManager(); DetectorCache cache = new DetectorCache(manager, 2)) {
      cache.acquire(storedCopy("first", Instant.EPOCH)).close();
      cache.acquire(storedCopy("second", Instant.EPOCH)).close();
      LoadedDetector first = cache.acquire(storedCopy("first", Instant.EPOCH));

      // when
      LoadedDetector third = cache.acquire(storedCopy("third", Instant.EPOCH));

      // then: "second" was used least recently, and "first" is still served from the cache
      assertThat(cache.loadedModels()).containsExactly(ModelName.of("first"), ModelName.of("third"));
      LoadedDetector firstAgain = cache.acquire(storedCopy("first", Instant.EPOCH));
      assertThat(firstAgain).isSameAs(first);
      first.close();
      firstAgain.close();
      third.close();
    }
  }

  @Test
  void detectorCacheReloadsReplacedModel() {
    // given
    try (NDManager manager = NDManager.newBaseManager(); DetectorCache cache = new DetectorCache(manager, 2)) {
      Instant older = Instant.parse("2026-12-04T10:00:00Z");
      Instant newer = older.plusSeconds(60);
      LoadedDetector running = cache.acquire(storedCopy("cells", older));

      // when
      LoadedDetector replaced = cache.acquire(storedCopy("cells", newer));
      LoadedDetector lateLookup = cache.acquire(storedCopy("cells", older));

      // then: the new version is loaded once, and the call still running keeps the old one usable
      assertThat(replaced).isNotSameAs(running);
      assertThat(lateLookup).isSameAs(replaced);
      assertThat(running.forward(new float[3 * 64 * 64], 1)[1]).isNotEmpty();
      running.close();
      assertThatThrownBy(running::acquire).isInstanceOf(IllegalStateException.class);
      replaced.close();
      lateLookup.close();
    }
  }

  @Test
  void retrainingSameClassesKeepsBaseModel() throws IOException {
    // given
    StoredModel base = registry.loadModel(ModelName.of("base")).orElseThrow();
    byte[] baseWeights = Files.readAllBytes(base.directory().resolve(DetectorFiles.WEIGHTS));
    List<String> notices = new ArrayList<>();

    // when
    TrainedModel retrained = engine.train(request(1, Optional.of("base"), "base-again", TINY.withEpochs(1)), notices(notices));

    // then
    assertThat(notices).isEmpty();
    assertThat(retrained.baseModel()).contains(ModelName.of("base"));
    assertThat(Files.readAllBytes(base.directory().resolve(DetectorFiles.WEIGHTS))).isEqualTo(baseWeights);
    assertThat(registry.loadModel(ModelName.of("base-again"))).isPresent();
  }

  @Test
  void retrainingOtherClassesResetsClassHead() {
    // given
    List<String> notices = new ArrayList<>();

    // when
    TrainedModel retrained = engine.train(request(2, Optional.of("base"), "two-classes", TINY.withEpochs(1)), notices(notices));

    // then
    assertThat(retrained.classNames()).containsExactly("circle", "square");
    assertThat(notices).containsExactly(
        "classes differ from model 'base' ([circle, square, triangle] -> [circle, square]): keeping its backbone, neck and box head, re-initialising the class head",
        "classes [triangle] of model 'base' are not in this project: the new model will not detect them");
  }

  @Test
  void retrainingSupersetClassesSkipsForgetWarning() {
    // given
    List<String> notices = new ArrayList<>();

    // when
    TrainedModel retrained = engine.train(request(3, Optional.of("base"), "four-classes", TINY.withEpochs(1)), notices(notices));

    // then
    assertThat(retrained.classNames()).hasSize(4);
    assertThat(notices).containsExactly(
        "classes differ from model 'base' ([circle, square, triangle] -> [square, circle, triangle, star]): keeping its backbone, neck and box head, re-initialising the class head");
  }

  @Test
  void sameSeedGivesTheSameWeights() throws IOException {
    // when
    engine.train(request(2, Optional.empty(), "seeded-a", TINY), TrainingListener.NONE);
    engine.train(request(2, Optional.empty(), "seeded-b", TINY), TrainingListener.NONE);
    engine.train(request(2, Optional.empty(), "seeded-c", TINY.withSeed(12)), TrainingListener.NONE);

    // then
    assertThat(weights("seeded-b")).isEqualTo(weights("seeded-a"));
    assertThat(weights("seeded-c")).isNotEqualTo(weights("seeded-a"));
  }

  @Test
  void resumedRunMatchesUninterruptedRun() throws IOException {
    // given a run that crashes in its second epoch
    TrainingOptions options = TINY.withEpochs(3);
    TrainingListener crashing = progress -> {
      if (progress.epoch() == 2) {
        throw new IllegalStateException("simulated crash");
      }
    };
    assertThatThrownBy(() -> engine.train(request(2, Optional.empty(), "resumed", options), crashing)).hasMessage("simulated crash");
    List<String> notices = new ArrayList<>();

    // when
    engine.train(request(2, Optional.empty(), "resumed", options.withResume(true)), notices(notices));
    engine.train(request(2, Optional.empty(), "uninterrupted", options), TrainingListener.NONE);

    // then
    assertThat(notices).containsExactly("resuming training after epoch 1 of 3");
    assertThat(weights("resumed")).isEqualTo(weights("uninterrupted"));
    assertThat(workspace.resolve("checkpoints").resolve("resumed")).doesNotExist();
  }

  @Test
  void rejectsResumeWithOtherSettings() {
    // given a run that crashes in its second epoch
    TrainingOptions options = TINY.withEpochs(3);
    TrainingListener crashing = progress -> {
      if (progress.epoch() == 2) {
        throw new IllegalStateException("simulated crash");
      }
    };
    assertThatThrownBy(() -> engine.train(request(2, Optional.empty(), "changed", options), crashing)).hasMessage("simulated crash");

    // when resumed with another batch size, then
    assertThatThrownBy(() -> engine.train(request(2, Optional.empty(), "changed", options.withBatchSize(2).withResume(true)), failOnProgress()))
        .isInstanceOf(LabelException.class)
        .hasMessage("the checkpoint in " + workspace.resolve("checkpoints").resolve("changed")
            + " belongs to a different training run (project 2, small, 64 px, batch 4, seed 11, 3 epochs, classes [circle, square], from scratch),"
            + " not to project 2, small, 64 px, batch 2, seed 11, 3 epochs, classes [circle, square], from scratch."
            + " Train again without resume to start over");
  }

  private static byte[] weights(String model) throws IOException {
    return Files.readAllBytes(registry.loadModel(ModelName.of(model)).orElseThrow().directory().resolve(DetectorFiles.WEIGHTS));
  }

  /** Returns the stored "base" model under another name and creation time, sharing its weights directory. */
  private static StoredModel storedCopy(String name, Instant createdAt) {
    StoredModel base = registry.loadModel(ModelName.of("base")).orElseThrow();
    TrainedModel model = base.model();
    TrainedModel copy = new TrainedModel(ModelName.of(name), model.type(), model.projectId(), model.baseModel(), model.classNames(),
        model.epochs(), model.trainImages(), model.valImages(), model.trainingTime(), createdAt, model.metrics(), model.networkSize());
    return new StoredModel(copy, base.directory());
  }

  private static PredictionRequest prediction(double confidence, int maxDetections, boolean agnostic) {
    return prediction("base", confidence, maxDetections, agnostic);
  }

  private static PredictionRequest prediction(String model, double confidence, int maxDetections, boolean agnostic) {
    List<ImageReference> references = shapes.images().stream().limit(3).map(image -> image.image()).toList();
    return new PredictionRequest(
        AppId.of(1), references, ConfidenceThreshold.of(confidence), OverlapThreshold.of(0.9), ModelName.of(model), maxDetections, agnostic);
  }

  private static TrainingRequest request(long project, Optional<String> load, String save, TrainingOptions options) {
    return new TrainingRequest(ModelType.SMALL, ProjectId.of(project), load.map(ModelName::of), Optional.of(ModelName.of(save)), options);
  }

  private static TrainingListener failOnProgress() {
    return progress -> {
      throw new AssertionError("training started: " + progress);
    };
  }

  private static TrainingListener notices(List<String> sink) {
    return new TrainingListener() {
      @Override
      public void onProgress(TrainingProgress progress) {}

      @Override
      public void onNotice(String message) {
        sink.add(message);
      }
    };
  }

}
