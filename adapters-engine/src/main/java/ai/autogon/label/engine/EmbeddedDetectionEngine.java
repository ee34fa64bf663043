package ai.autogon.label.engine;

import ai.autogon.label.domain.error.BackendUnavailableException;
import ai.autogon.label.domain.error.ConflictException;
import ai.autogon.label.domain.error.NotFoundException;
import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.image.RgbImage;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.NetworkSize;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.port.AnnotationPredictionPort;
import ai.autogon.label.domain.port.LoadModelPort;
import ai.autogon.label.domain.port.LoadProjectPort;
import ai.autogon.label.domain.port.ModelTrainingPort;
import ai.autogon.label.domain.port.ReadImagePort;
import ai.autogon.label.domain.port.SaveModelPort;
import ai.autogon.label.domain.port.StoredModel;
import ai.autogon.label.engine.report.TrainingReport;
import ai.autogon.label.engine.report.TrainingReportWriter;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.ImageError;
import ai.autogon.label.domain.prediction.NonMaxSuppression;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.Split;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingRequest;
import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embedded detector on DJL and PyTorch: trains YOLOv8-style anchor-free models and predicts with them in-process.
 *
 * <p>It reads projects and images and writes models only through the ports it is given. PyTorch's native
 * libraries come from the class path and DJL runs offline, so nothing is downloaded.
 */
public final class EmbeddedDetectionEngine implements ModelTrainingPort, AnnotationPredictionPort, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDetectionEngine.class);
  private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final LoadProjectPort projects;
  private final LoadModelPort models;
  private final SaveModelPort saver;
  private final ReadImagePort images;
  private final EngineConfig config;
  private final NDManager root;
  private final DetectorCache detectors;

  /** Starts PyTorch (offline, with the configured threads) and creates an engine on the given ports. */
  public EmbeddedDetectionEngine(
      LoadProjectPort projects, LoadModelPort models, SaveModelPort saver, ReadImagePort images, EngineConfig config) {
    this.projects = Objects.requireNonNull(projects, "projects");
    this.models = Objects.requireNonNull(models, "models");
    this.saver = Objects.requireNonNull(saver, "saver");
    this.images = Objects.requireNonNull(images, "images");
    this.config = Objects.requireNonNull(config, "config");
    this.root = startEngine(config);
    this.detectors = new DetectorCache(root, config.maxLoadedModels());
  }

  /**
   * Warns when classes of the starting model that the project still lists have no boxes in its training images:
   * fine-tuning without examples of a class makes the model forget it, though the class list looks unchanged.
   */
  static void warnAboutUnlabelledClasses(StoredModel base, Project project, TrainingListener listener) {
    Set<Integer> labelled = new HashSet<>();
    for (Split split : List.of(Split.TRAIN, Split.UNASSIGNED)) {
      project.imagesIn(split).forEach(image -> image.boxes().forEach(box -> labelled.add(box.classIndex())));
    }
    List<String> unlabelled = new ArrayList<>();
    for (String className : base.model().classNames()) {
      int index = project.classNames().indexOf(className);
      if (index >= 0 && !labelled.contains(index)) {
        unlabelled.add(className);
      }
    }
    if (!unlabelled.isEmpty()) {
      listener.onNotice("classes " + unlabelled + " of model '" + base.model().name() + "' have no boxes in the training images of project "
          + project.id() + ": the new model will likely forget them; add labelled examples of them to keep them");
    }
  }

  /** Writes the report files next to the weights; a failed report is announced but does not lose the model. */
  private static void writeReport(TrainingReport report, Path directory, TrainingListener listener) {
    try {
      new TrainingReportWriter().write(report, directory);
    } catch (RuntimeException e) {
      LOG.warn("failed to write the training report into {}", directory, e);
      listener.onNotice("the model is saved, but its training report could not be written: " + e.getMessage());
    }
  }

  private static NDManager startEngine(EngineConfig config) {
    System.setProperty("ai.djl.offline", "true");
    setIfAbsent("ai.djl.pytorch.num_threads", Integer.toString(config.threads()));
    setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
    try {
      Engine engine = Engine.getEngine("PyTorch");
      Device device = "gpu".equals(config.device()) ? Device.gpu() : Device.cpu();
      if (device.isGpu() && engine.getGpuCount() == 0) {
        throw new BackendUnavailableException("device 'gpu' was requested but PyTorch finds no GPU. Build with the CUDA natives (Maven profile cuda) or use device 'cpu'");
      }
      LOG.debug("PyTorch {} started on {}", engine.getVersion(), device);
      return engine.newBaseManager(device);
    } catch (BackendUnavailableException e) {
      throw e;
    } catch (RuntimeException | UnsatisfiedLinkError e) {
      throw new BackendUnavailableException("failed to start PyTorch from the native libraries on the class path: " + e.getMessage());
    }
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  @Override
  public TrainedModel train(TrainingRequest request, TrainingListener listener) {
    Objects.requireNonNull(listener, "listener");
    Project project = projects.loadProject(request.projectId()).orElseThrow(() -> new NotFoundException("project " + request.projectId() + " not found"));
    Instant startedAt = Instant.now();
    ModelName saveName = request.modelSaveName().orElseGet(() -> ModelName.of("p" + project.id() + "-" + request.modelType().wireName() + "-" + NAME_TIME.format(startedAt)));
    boolean overwrite = request.options().overwrite();
    if (!overwrite && models.loadModel(saveName).isPresent()) {
      throw new ConflictException("model '" + saveName + "' already exists. Choose another model_save_name or allow overwriting");
    }
    Optional<StoredModel> base = request.modelLoadName().map(name -> models.loadModel(name).orElseThrow(() -> new NotFoundException("model '" + name + "' not found")));

    DetectorTrainer.Settings settings = settings(request, base);
    if (settings.type() != request.modelType()) {
      listener.onNotice("retraining keeps the network size of model '" + request.modelLoadName().orElseThrow() + "': "
          + settings.type().wireName() + ", not the requested " + request.modelType().wireName());
    }
    Optional<Path> checkpoints = config.checkpointDirectory().map(directory -> directory.resolve(saveName.value()));
    if (request.options().resume() && (checkpoints.isEmpty() || !Checkpoint.exists(checkpoints.get()))) {
      throw new NotFoundException("no interrupted training of model '" + saveName + "' to resume" + checkpoints.map(path -> " in " + path).orElse(" (no checkpoint directory configured)"));
    }

    TrainingData data = TrainingData.load(project, images, settings.imageSize(), settings.seed(), listener);
    DetectorTrainer trainer = new DetectorTrainer(root, settings, project.classNames(), data, checkpoints, fingerprint(project, settings, request), listener);

    DetectorTrainer.Outcome outcome;
    base.ifPresent(model -> warnAboutUnlabelledClasses(model, project, listener));
    try (StartingPoint start = StartingPoint.of(base, project.classNames(), root, listener)) {
      outcome = trainer.run(start.weights(), request.options().resume());
    }

    TrainedModel model = new TrainedModel(
        saveName,
        settings.type(),
        project.id(),
        request.modelLoadName(),
        project.classNames(),
        outcome.epochsRun(),
        data.train().size(),
        data.val().size(),
        Duration.between(startedAt, Instant.now()),
        Instant.now(),
        outcome.metrics(),
        Optional.of(new NetworkSize(outcome.parameters(), outcome.gflops(), settings.imageSize())));
    DetectorFiles.Description description = new DetectorFiles.Description(settings.type(), settings.imageSize(), project.classNames());
    StoredModel stored = saver.saveModel(model, directory -> {
      DetectorFiles.write(directory, description, outcome.bestWeights());
      writeReport(outcome.report(), directory, listener);
    }, overwrite);
    detectors.release(saveName);
    checkpoints.ifPresent(EmbeddedDetectionEngine::deleteQuietly);
    return stored.model();
  }

  /** Describes a run by everything that must match for its checkpoint to be resumed. */
  private static String fingerprint(Project project, DetectorTrainer.Settings settings, TrainingRequest request) {
    return "project " + project.id() + ", " + settings.type().wireName() + ", " + settings.imageSize() + " px, batch " + settings.batchSize()
        + ", seed " + settings.seed() + ", " + settings.epochs() + " epochs, classes " + project.classNames()
        + ", from " + request.modelLoadName().map(ModelName::value).orElse("scratch");
  }

  private DetectorTrainer.Settings settings(TrainingRequest request, Optional<StoredModel> base) {
    var options = request.options();
    int imageSize = options.imageSize().orElseGet(() -> base.map(model -> DetectorFiles.readDescription(model.directory()).imageSize()).orElse(config.imageSize()));
    return new DetectorTrainer.Settings(
        base.map(model -> model.model().type()).orElse(request.modelType()),
        imageSize,
        options.epochs().orElse(config.epochs()),
        options.batchSize().orElse(config.batchSize()),
        options.patience().orElse(config.patience()),
        options.seed().orElse(config.seed()));
  }

  @Override
  public List<ImageAnnotations> predict(PredictionRequest request) {
    projects.loadProjectByApp(request.appId()).orElseThrow(() -> new NotFoundException("app " + request.appId() + " not found"));
    StoredModel stored = models.loadModel(request.modelName()).orElseThrow(() -> new NotFoundException("model '" + request.modelName() + "' not found"));
    try (LoadedDetector detector = detectors.acquire(stored)) {
      return predict(request, detector);
    }
  }

  private List<ImageAnnotations> predict(PredictionRequest request, LoadedDetector detector) {
    NonMaxSuppression suppression = NonMaxSuppression.of(request);
    double confidence = request.confidence().value();

    List<ImageAnnotations> results = new ArrayList<>(request.images().size());
    List<ImageReference> pendingReferences = new ArrayList<>();
    List<RgbImage> pendingImages = new ArrayList<>();
    List<Integer> pendingSlots = new ArrayList<>();
    for (ImageReference reference : request.images()) {
      results.add(null);
      try {
        RgbImage image = images.read(reference);
        pendingReferences.add(reference);
        pendingImages.add(image);
        pendingSlots.add(results.size() - 1);
      } catch (ImageReadException e) {
        results.set(results.size() - 1, ImageAnnotations.failed(reference, new ImageError(e.reason().code(), e.getMessage())));
      }
      if (pendingImages.size() == config.predictBatchSize()) {
        flush(detector, confidence, suppression, pendingReferences, pendingImages, pendingSlots, results);
      }
    }
    flush(detector, confidence, suppression, pendingReferences, pendingImages, pendingSlots, results);
    return results;
  }

  private static void flush(
      LoadedDetector detector,
      double confidence,
      NonMaxSuppression suppression,
      List<ImageReference> references,
      List<RgbImage> batch,
      List<Integer> slots,
      List<ImageAnnotations> results) {
    if (batch.isEmpty()) {
      return;
    }
    List<List<Annotation>> annotations = detector.annotate(batch, confidence, suppression);
    for (int i = 0; i < batch.size(); i++) {
      RgbImage image = batch.get(i);
      results.set(slots.get(i), ImageAnnotations.annotated(references.get(i), image.width(), image.height(), annotations.get(i)));
    }
    references.clear();
    batch.clear();
    slots.clear();
  }

  private static void deleteQuietly(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.warn("failed to delete the finished checkpoint {}: {}", directory, e.getMessage());
    }
  }

  @Override
  public void close() {
    detectors.close();
    root.close();
  }

  /** Weights of the model a retraining starts from, loaded for the duration of the run. */
  private static final class StartingPoint implements AutoCloseable {
    private final NDManager manager;
    private final Optional<DetectorTrainer.StartingWeights> weights;

    private StartingPoint(NDManager manager, Optional<DetectorTrainer.StartingWeights> weights) {
      this.manager = manager;
      this.weights = weights;
    }

    static StartingPoint of(Optional<StoredModel> base, List<String> classNames, NDManager root, TrainingListener listener) {
      if (base.isEmpty()) {
        return new StartingPoint(null, Optional.empty());
      }
      StoredModel stored = base.get();
      DetectorFiles.Description description = DetectorFiles.readDescription(stored.directory());
      boolean sameClasses = description.classNames().equals(classNames);
      if (!sameClasses) {
        listener.onNotice("classes differ from model '" + stored.model().name() + "' (" + description.classNames() + " -> " + classNames
            + "): keeping its backbone, neck and box head, re-initialising the class head");
        Set<String> missing = new HashSet<>(description.classNames());
        missing.removeAll(classNames);
        if (!missing.isEmpty()) {
          listener.onNotice("classes " + missing.stream().sorted().toList() + " of model '" + stored.model().name()
              + "' are not in this project: the new model will not detect them");
        }
      }
      NDManager manager = root.newSubManager();
      try {
        DetectorNetwork network = DetectorFiles.load(stored.directory(), description, manager);
        return new StartingPoint(manager, Optional.of(new DetectorTrainer.StartingWeights(network, sameClasses)));
      } catch (RuntimeException e) {
        manager.close();
        throw e;
      }
    }

    Optional<DetectorTrainer.StartingWeights> weights() {
      return weights;
    }

    @Override
    public void close() {
      if (manager != null) {
        manager.close();
      }
    }
  }
}
