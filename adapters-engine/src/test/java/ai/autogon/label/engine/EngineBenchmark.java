package ai.autogon.label.engine;

import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.image.RgbImage;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.model.NetworkSize;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.engine.synthetic.SyntheticShapesDataset;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingOptions;
import ai.autogon.label.domain.training.TrainingProgress;
import ai.autogon.label.domain.training.TrainingRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures training throughput, prediction latency and throughput, end-to-end overhead over the bare network and
 * resident memory over many predictions, for each model size given on the command line.
 *
 * <p>The images are synthetic and held in memory, so the predict path measured here starts from decoded pixels:
 * it covers the model lookup, letterboxing, the network, decoding and suppression, but not reading a file.
 *
 * <p>Arguments: sizes ({@code small medium large}); system properties {@code bench.imageSize} (640),
 * {@code bench.trainImages} (40), {@code bench.predictions} (2000).
 */
public final class EngineBenchmark {
  private static final int WARM_UP_ROUNDS = 10;
  private static final int TIMED_ROUNDS = 50;

  private EngineBenchmark() {}

  public static void main(String[] args) throws IOException {
    int imageSize = Integer.getInteger("bench.imageSize", 640);
    int trainImages = Integer.getInteger("bench.trainImages", 40);
    int predictions = Integer.getInteger("bench.predictions", 2000);
    List<String> sizes = args.length == 0 ? List.of("small") : List.of(args);
    Path workspace = Files.createTempDirectory("engine-bench");

    FakePorts.Images images = new FakePorts.Images();
    FakePorts.Projects projects = new FakePorts.Projects();
    SyntheticShapesDataset dataset = SyntheticShapesDataset.builder().seed(1).imageCount(trainImages).imageSize(imageSize, imageSize).build();
    Project project = SyntheticFixture.project(1, dataset, images, true);
    projects.add(project);
    FakePorts.Registry registry = new FakePorts.Registry(workspace);
    EngineConfig config = EngineConfig.builder().imageSize(imageSize).batchSize(8).threads(Runtime.getRuntime().availableProcessors()).build();

    System.out.printf(Locale.ROOT, "cpus %d, cpu %s, image size %d%n", Runtime.getRuntime().availableProcessors(), cpuModel(), imageSize);
    try (EmbeddedDetectionEngine engine = new EmbeddedDetectionEngine(projects, registry, registry, images, config)) {
      for (String size : sizes) {
        ModelType type = ModelType.parse(size);
        ModelName name = ModelName.of("bench-" + type.wireName());

        ThroughputListener listener = new ThroughputListener(8);
        TrainedModel model = engine.train(
            new TrainingRequest(type, ProjectId.of(1), Optional.empty(), Optional.of(name), TrainingOptions.defaults().withEpochs(1).withBatchSize(8)),
            listener);
        NetworkSize network = model.networkSize().orElseThrow();
        System.out.printf(Locale.ROOT, "%s: %.2f M parameters, %.1f GFLOPs at %d%n", size, network.parameters() / 1e6, network.gflops(), network.imageSize());
        System.out.printf(Locale.ROOT, "%s: training %.2f images/s (batch 8, after the first batch)%n", size, listener.imagesPerSecond());

        List<ImageReference> all = project.images().stream().map(image -> image.image()).toList();
        ImageReference one = all.get(0);
        PredictionRequest single = PredictionRequest.of(AppId.of(1), List.of(one), name);
        LoadedDetector detector = LoadedDetector.load(
            ai.djl.ndarray.NDManager.newBaseManager(), registry.loadModel(name).orElseThrow().directory(), model.createdAt());
        RgbImage pixels = images.read(one);
        float[] input = new float[3 * imageSize * imageSize];
        ImageOps.toChannelsFirst(Letterbox.of(pixels.width(), pixels.height(), imageSize).apply(pixels), input, 0);
        // Both paths are warmed up, then timed in alternation, so that a slower or faster spell of this shared
        // machine falls on both of them and the ratio stays meaningful.
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
          engine.predict(single);
          detector.forward(input, 1);
        }
        double[] endToEnd = new double[TIMED_ROUNDS];
        double[] bare = new double[TIMED_ROUNDS];
        for (int i = 0; i < TIMED_ROUNDS; i++) {
          long start = System.nanoTime();
          engine.predict(single);
          endToEnd[i] = (System.nanoTime() - start) / 1e6;
          start = System.nanoTime();
          detector.forward(input, 1);
          bare[i] = (System.nanoTime() - start) / 1e6;
        }
        detector.close();
        System.out.printf(Locale.ROOT, "%s: predict one image p50 %.1f ms, p95 %.1f ms; bare forward p50 %.1f ms; end-to-end / forward %.3f%n",
            size, percentile(endToEnd, 50), percentile(endToEnd, 95), percentile(bare, 50), percentile(endToEnd, 50) / percentile(bare, 50));

        List<ImageReference> batch = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
          batch.add(all.get(i % all.size()));
        }
        long start = System.nanoTime();
        engine.predict(PredictionRequest.of(AppId.of(1), batch, name));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: 64 images in %.2f s, %.2f images/s%n", size, seconds, 64 / seconds);

        long before = residentKilobytes();
        long lowest = before;
        long highest = before;
        long loopStart = System.nanoTime();
        for (int i = 1; i <= predictions; i++) {
          engine.predict(single);
          if (i % 250 == 0) {
            long resident = residentKilobytes();
            lowest = Math.min(lowest, resident);
            highest = Math.max(highest, resident);
            System.out.printf(Locale.ROOT, "%s: %d predictions, resident memory %d MiB, %.1f ms per prediction%n",
                size, i, resident / 1024, (System.nanoTime() - loopStart) / 1e6 / i);
          }
        }
        long after = residentKilobytes();
        System.out.printf(Locale.ROOT, "%s: resident memory %d MiB before, %d MiB after %d predictions (%+.1f%%); "
                + "lowest %d MiB, highest %d MiB (spread %.1f%% of the lowest)%n",
            size, before / 1024, after / 1024, predictions, 100.0 * (after - before) / before,
            lowest / 1024, highest / 1024, 100.0 * (highest - lowest) / lowest);
      }
    }
  }

  private static double percentile(double[] values, int percent) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static long residentKilobytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  private static String cpuModel() throws IOException {
    return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
        .filter(line -> line.startsWith("model name"))
        .findFirst()
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .orElse("unknown");
  }

  /** Counts trained images per second, leaving out the first batch, which pays PyTorch's warm-up. */
  private static final class ThroughputListener implements TrainingListener {
    private final int batchSize;
    private long firstBatchEnd;
    private long lastBatchEnd;
    private int batches;

    ThroughputListener(int batchSize) {
      this.batchSize = batchSize;
    }

    @Override
    public void onProgress(TrainingProgress progress) {
      long now = System.nanoTime();
      if (firstBatchEnd == 0) {
        firstBatchEnd = now;
      } else {
        batches++;
        lastBatchEnd = now;
      }
    }

    double imagesPerSecond() {
      return batches == 0 ? 0 : batches * batchSize / ((lastBatchEnd - firstBatchEnd) / 1e9);
    }
  }
}
