package ai.autogon.label.engine;

import ai.autogon.label.application.evaluation.DetectionEvaluation;
import ai.autogon.label.application.evaluation.DetectionEvaluator;
import ai.autogon.label.application.evaluation.EvaluationImage;
import ai.autogon.label.domain.error.LabelException;
import ai.autogon.label.domain.error.StorageException;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.Detection;
import ai.autogon.label.domain.prediction.NonMaxSuppression;
import ai.autogon.label.domain.prediction.OverlapThreshold;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingProgress;
import ai.autogon.label.engine.report.EpochResult;
import ai.autogon.label.engine.report.TrainingReport;
import ai.autogon.label.engine.report.ValidationSample;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Training loop of the detector: augmented batches, AdamW with warm-up and cosine decay, weight averaging,
 * validation after every epoch, early stopping and per-epoch checkpoints.
 */
final class DetectorTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(DetectorTrainer.class);

  /** Validation images drawn with their true and predicted boxes in the training report. */
  private static final int REPORT_SAMPLES = 8;
  /** Lowest confidence of a predicted box drawn on a validation sample, the prediction default. */
  private static final double SAMPLE_CONFIDENCE = 0.25;

  static final float LEARNING_RATE = 0.004f;
  private static final float FINAL_LEARNING_RATE_FRACTION = 0.01f;
  private static final float WARMUP_START_FRACTION = 0.1f;
  private static final float WEIGHT_DECAY = 5e-4f;
  private static final int TOP_K = 10;
  static final double VAL_CONFIDENCE = 0.001;
  static final double VAL_OVERLAP = 0.7;
  static final int VAL_MAX_DETECTIONS = 300;
  private static final DetectionEvaluator EVALUATOR = new DetectionEvaluator();

  /**
   * Settings of one run, after the request's options were merged with the engine's defaults.
   *
   * @param type network size
   * @param imageSize side of the square input
   * @param epochs planned epochs
   * @param batchSize images per step
   * @param patience epochs without improvement before stopping
   * @param seed seed of initialisation and data order
   */
  record Settings(ModelType type, int imageSize, int epochs, int batchSize, int patience, long seed) {}

  /**
   * Weights a run starts from instead of random ones.
   *
   * @param network the loaded network
   * @param sameClasses whether its classes equal the new ones, so that the class head is kept too
   */
  record StartingWeights(DetectorNetwork network, boolean sameClasses) {}

  /**
   * Result of a run.
   *
   * @param bestWeights averaged weights of the best epoch
   * @param metrics validation metrics of those weights
   * @param epochsRun epochs completed, including those before a resume
   * @param parameters trainable parameter count
   * @param gflops cost of one forward pass
   * @param report per-epoch history, final evaluation and validation samples, for the report files
   */
  record Outcome(byte[] bestWeights, ModelMetrics metrics, int epochsRun, long parameters, double gflops, TrainingReport report) {}

  private final NDManager root;
  private final Settings settings;
  private final List<String> classNames;
  private final TrainingData data;
  private final Optional<Path> checkpointDirectory;
  private final String fingerprint;
  private final TrainingListener listener;
  private final AnchorGrid grid;

  DetectorTrainer(
      NDManager root,
      Settings settings,
      List<String> classNames,
      TrainingData data,
      Optional<Path> checkpointDirectory,
      String fingerprint,
      TrainingListener listener) {
    this.root = root;
    this.settings = settings;
    this.classNames = List.copyOf(classNames);
    this.data = data;
    this.checkpointDirectory = checkpointDirectory;
    this.fingerprint = fingerprint;
    this.listener = listener;
    this.grid = new AnchorGrid(settings.imageSize());
  }

  /** Trains from scratch, from starting weights, or from the checkpoint when {@code resume} is set. */
  Outcome run(Optional<StartingWeights> start, boolean resume) {
    JniUtils.setGradMode(false);
    try (NDManager manager = root.newSubManager()) {
      int size = settings.imageSize();
      Shape inputShape = new Shape(1, 3, size, size);
      Engine.getInstance().setRandomSeed((int) settings.seed());
      DetectorNetwork network = new DetectorNetwork(NetworkScale.of(settings.type()), classNames.size());
      network.initialize(manager, DataType.FLOAT32, inputShape);
      network.initializeHeadBiases();
      start.ifPresent(weights -> copyWeights(weights, network));
      DetectorNetwork averaged = new DetectorNetwork(NetworkScale.of(settings.type()), classNames.size());
      averaged.initialize(manager, DataType.FLOAT32, inputShape);
      WeightAverage average = new WeightAverage(network.getParameters(), averaged.getParameters());
      average.reset();

      try (AdamW optimizer = new AdamW(network.getParameters(), manager, WEIGHT_DECAY)) {
        Loop loop = new Loop(manager, network, averaged, average, optimizer);
        if (resume) {
          loop.restore();
        }
        return loop.run();
      }
    }
  }

  /** Copies the starting weights into a fresh network, leaving its class head as initialised when classes differ. */
  static void copyWeights(StartingWeights start, DetectorNetwork target) {
    PairList<String, Parameter> from = start.network().getParameters();
    PairList<String, Parameter> to = target.getParameters();
    for (int i = 0; i < to.size(); i++) {
      String name = to.get(i).getKey();
      boolean classHead = name.contains(DetectorNetwork.CLASS_HEAD);
      if (classHead && !start.sameClasses()) {
        continue;
      }
      NDArray source = from.get(name).getArray();
      NDArray destination = to.get(i).getValue().getArray();
      if (!source.getShape().equals(destination.getShape())) {
        throw new IllegalStateException("parameter " + name + " has shape " + source.getShape() + ", expected " + destination.getShape());
      }
      destination.set(source.toByteBuffer());
    }
  }

  /** Evaluation of the validation images and the samples kept for the report. */
  private record Validation(DetectionEvaluation evaluation, List<ValidationSample> samples) {}

  /** Mutable state of one run. */
  private final class Loop {
    private final NDManager manager;
    private final DetectorNetwork network;
    private final DetectorNetwork averaged;
    private final WeightAverage average;
    private final AdamW optimizer;
    private final Augmenter augmenter;
    private final DetectionLoss loss;
    private SplitMixRandom random;
    private int epochsDone;
    private int bestEpoch;
    private double bestFitness = -1;
    private byte[] bestWeights;
    // NOTE: the history covers the epochs of this process only; a resumed run reports from its first new epoch.
    private final List<EpochResult> history = new ArrayList<>();

    Loop(NDManager manager, DetectorNetwork network, DetectorNetwork averaged, WeightAverage average, AdamW optimizer) {
      this.manager = manager;
      this.network = network;
      this.averaged = averaged;
      this.average = average;
      this.optimizer = optimizer;
      this.augmenter = new Augmenter(settings.imageSize());
      this.loss = new DetectionLoss(grid, classNames.size(), TOP_K);
      this.random = new SplitMixRandom(settings.seed());
    }

    void restore() {
      Path directory = checkpointDirectory.orElseThrow();
      Checkpoint checkpoint;
      try {
        checkpoint = Checkpoint.read(directory);
      } catch (IOException e) {
        throw new StorageException("failed to read the training checkpoint in " + directory + ": " + e.getMessage(), e);
      }
      if (!checkpoint.fingerprint().equals(fingerprint)) {
        throw new LabelException(
            "the checkpoint in " + directory + " belongs to a different training run (" + checkpoint.fingerprint() + "), not to " + fingerprint
                + ". Train again without resume to start over");
      }
      try {
        DetectorFiles.loadWeights(network, manager, new ByteArrayInputStream(checkpoint.weights()));
        DetectorFiles.loadWeights(averaged, manager, new ByteArrayInputStream(checkpoint.averaged()));
        optimizer.load(new DataInputStream(new ByteArrayInputStream(checkpoint.optimizer())));
      } catch (IOException e) {
        throw new StorageException("training checkpoint in " + directory + " is damaged: " + e.getMessage(), e);
      }
      average.setUpdates(checkpoint.averageUpdates());
      random = new SplitMixRandom(checkpoint.randomState());
      epochsDone = checkpoint.epochsDone();
      bestEpoch = checkpoint.bestEpoch();
      bestFitness = checkpoint.bestFitness();
      bestWeights = checkpoint.best().length == 0 ? null : checkpoint.best();
      listener.onNotice("resuming training after epoch " + epochsDone + " of " + settings.epochs());
    }

    Outcome run() {
      List<Sample> train = data.train();
      int batchSize = Math.min(settings.batchSize(), train.size());
      int batches = Math.max(1, train.size() / batchSize);
      long totalSteps = (long) batches * settings.epochs();
      long warmupSteps = Math.max(1, Math.min(3L * batches, totalSteps / 5));
      int closeMosaic = Math.min(10, Math.max(1, settings.epochs() / 5));
      long started = System.nanoTime();
      long stepsThisRun = 0;
      long stepsLeftAtStart = totalSteps - (long) epochsDone * batches;

      while (epochsDone < settings.epochs() && (bestEpoch == 0 || epochsDone - bestEpoch < settings.patience())) {
        int epoch = epochsDone + 1;
        boolean mosaic = epoch <= settings.epochs() - closeMosaic;
        int[] order = permutation(train.size());
        long epochStarted = System.nanoTime();
        float lastLearningRate = 0;
        Map<String, Double> sums = new LinkedHashMap<>();
        for (int batch = 0; batch < batches; batch++) {
          if (Thread.currentThread().isInterrupted()) {
            throw new LabelException("training was interrupted in epoch " + epoch + ". Train again with resume to continue after epoch " + epochsDone);
          }
          List<Sample> samples = new ArrayList<>(batchSize);
          for (int k = 0; k < batchSize; k++) {
            samples.add(augmenter.augment(train, order[batch * batchSize + k], mosaic, random));
          }
          long step = (long) epochsDone * batches + batch;
          lastLearningRate = learningRate(step, warmupSteps, totalSteps);
          DetectionLoss.Result result = step(samples, lastLearningRate);
          sums.merge("box", result.box(), Double::sum);
          sums.merge("cls", result.cls(), Double::sum);
          sums.merge("dfl", result.dfl(), Double::sum);
          stepsThisRun++;

          Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
          Duration remaining = elapsed.multipliedBy(stepsLeftAtStart - stepsThisRun).dividedBy(stepsThisRun);
          Map<String, Double> means = new LinkedHashMap<>();
          int done = batch + 1;
          sums.forEach((name, sum) -> means.put(name, sum / done));
          listener.onProgress(new TrainingProgress(epoch, settings.epochs(), done, batches, means, elapsed, Optional.of(remaining)));
        }

        ModelMetrics metrics = evaluate(averaged, 0).evaluation().metrics();
        epochsDone = epoch;
        Map<String, Double> epochLosses = new LinkedHashMap<>();
        sums.forEach((name, sum) -> epochLosses.put(name, sum / batches));
        history.add(new EpochResult(epoch, epochLosses, metrics.precision(), metrics.recall(), metrics.map50(),
            metrics.map50to95(), lastLearningRate, (System.nanoTime() - epochStarted) / 1e9));
        LOG.debug("epoch {}: val mAP50 {} mAP50-95 {}", epoch, metrics.map50(), metrics.map50to95());
        // Without validation images every epoch scores 0, so the latest weights are kept; ties keep the later epoch.
        if (metrics.map50to95() >= bestFitness) {
          bestFitness = metrics.map50to95();
          bestEpoch = epoch;
          bestWeights = DetectorFiles.weights(averaged);
        }
        writeCheckpoint();
      }
      if (epochsDone - bestEpoch >= settings.patience() && epochsDone < settings.epochs()) {
        listener.onNotice("stopped early after epoch " + epochsDone + ": val mAP50-95 did not improve for " + settings.patience() + " epochs");
      }

      try {
        DetectorFiles.loadWeights(averaged, manager, new ByteArrayInputStream(bestWeights));
      } catch (IOException e) {
        throw new IllegalStateException("failed to reload the best weights", e);
      }
      Validation last = evaluate(averaged, REPORT_SAMPLES);
      TrainingReport report = new TrainingReport(classNames, history, last.evaluation(), last.samples());
      return new Outcome(bestWeights, last.evaluation().metrics(), epochsDone, averaged.parameterCount(),
          averaged.gflops(settings.imageSize()), report);
    }

    private DetectionLoss.Result step(List<Sample> samples, float learningRate) {
      int size = settings.imageSize();
      float[] pixels = new float[samples.size() * 3 * size * size];
      List<DetectionLoss.ImageTargets> targets = new ArrayList<>();
      for (int i = 0; i < samples.size(); i++) {
        ImageOps.toChannelsFirst(samples.get(i).image(), pixels, i * 3 * size * size);
        targets.add(new DetectionLoss.ImageTargets(samples.get(i).boxes(), samples.get(i).labels()));
      }
      try (NDManager batchManager = manager.newSubManager()) {
        NDArray input = batchManager.create(pixels, new Shape(samples.size(), 3, size, size));
        DetectionLoss.Result result;
        boolean finite;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
          NDList outputs = network.forward(new ParameterStore(batchManager, false), new NDList(input), true);
          result = loss.compute(outputs.get(0), outputs.get(1), targets);
          float total = result.total().getFloat();
          finite = Float.isFinite(total);
          if (finite) {
            collector.backward(result.total());
          }
        }
        if (finite) {
          optimizer.step(learningRate);
          average.update();
        } else {
          LOG.warn("skipping a batch whose loss is not finite");
          optimizer.skip();
        }
        return result;
      }
    }

    /** Returns the learning rate: linear warm-up, then cosine decay to a hundredth. */
    private float learningRate(long step, long warmupSteps, long totalSteps) {
      if (step < warmupSteps) {
        return LEARNING_RATE * (WARMUP_START_FRACTION + (1 - WARMUP_START_FRACTION) * step / warmupSteps);
      }
      double progress = (double) (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
      double cosine = (1 + Math.cos(Math.PI * progress)) / 2;
      return (float) (LEARNING_RATE * (FINAL_LEARNING_RATE_FRACTION + (1 - FINAL_LEARNING_RATE_FRACTION) * cosine));
    }

    private int[] permutation(int count) {
      int[] order = new int[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
      for (int i = count - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      return order;
    }

    /** Scores the network on the validation images and keeps the first {@code sampleCount} of them for pictures. */
    private Validation evaluate(DetectorNetwork evaluatedNetwork, int sampleCount) {
      List<Sample> val = data.val();
      List<ValidationSample> samples = new ArrayList<>();
      List<EvaluationImage> evaluated = new ArrayList<>(val.size());
      DetectionDecoder decoder = new DetectionDecoder(grid, classNames.size());
      NonMaxSuppression suppression = NonMaxSuppression.of(OverlapThreshold.of(VAL_OVERLAP), VAL_MAX_DETECTIONS, false);
      int size = settings.imageSize();
      int batchSize = Math.max(1, settings.batchSize());
      for (int from = 0; from < val.size(); from += batchSize) {
        List<Sample> chunk = val.subList(from, Math.min(val.size(), from + batchSize));
        float[][] outputs = forward(evaluatedNetwork, chunk, size);
        for (int i = 0; i < chunk.size(); i++) {
          List<Detection> detections = decoder.decode(outputs[0], outputs[1], i, VAL_CONFIDENCE, suppression);
          evaluated.add(new EvaluationImage(chunk.get(i).labelledBoxes(), detections));
          if (samples.size() < sampleCount) {
            samples.add(validationSample(from + i, chunk.get(i), detections));
          }
        }
      }
      return new Validation(EVALUATOR.evaluate(classNames, evaluated), samples);
    }

    private ValidationSample validationSample(int index, Sample sample, List<Detection> detections) {
      List<Annotation> shown = detections.stream()
          .filter(detection -> detection.score() >= SAMPLE_CONFIDENCE)
          .map(detection -> detection.toAnnotation(classNames))
          .toList();
      return ValidationSample.of("val " + (index + 1), sample.image(), sample.labelledBoxes(), shown);
    }

    private float[][] forward(DetectorNetwork evaluated, List<Sample> chunk, int size) {
      float[] pixels = new float[chunk.size() * 3 * size * size];
      for (int i = 0; i < chunk.size(); i++) {
        ImageOps.toChannelsFirst(chunk.get(i).image(), pixels, i * 3 * size * size);
      }
      try (NDManager batchManager = manager.newSubManager()) {
        NDArray input = batchManager.create(pixels, new Shape(chunk.size(), 3, size, size));
        NDList outputs = evaluated.forward(new ParameterStore(batchManager, false), new NDList(input), false);
        return new float[][] {outputs.get(0).toFloatArray(), Activation.sigmoid(outputs.get(1)).toFloatArray()};
      }
    }

    private void writeCheckpoint() {
      if (checkpointDirectory.isEmpty()) {
        return;
      }
      Path directory = checkpointDirectory.get();
      try {
        ByteArrayOutputStream optimizerState = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(optimizerState)) {
          optimizer.save(out);
        }
        new Checkpoint(
                fingerprint,
                epochsDone,
                bestEpoch,
                bestFitness,
                average.updates(),
                random.state(),
                DetectorFiles.weights(network),
                DetectorFiles.weights(averaged),
                bestWeights == null ? new byte[0] : bestWeights,
                optimizerState.toByteArray())
            .write(directory);
      } catch (IOException e) {
        throw new StorageException("failed to write the training checkpoint into " + directory + ": " + e.getMessage(), e);
      }
    }
  }
}
