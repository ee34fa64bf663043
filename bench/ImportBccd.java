import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.dataset.ParsedDataset;
import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.image.RgbImage;
import ai.autogon.label.domain.port.ReadImagePort;
import ai.autogon.label.storage.imports.DatasetImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Benchmark: imports the BCCD Pascal VOC dataset several times and prints the wall time of each run.
 *
 * <p>Image sizes come from JDK ImageIO headers here, because the project's image reader lives in another
 * adapter; run it with bench/import-bccd.sh.
 */
public final class ImportBccd {
  private static final int WARM_UP_RUNS = 2;
  private static final int MEASURED_RUNS = 5;

  public static void main(String[] args) {
    Path dataset = Path.of(args.length > 0 ? args[0] : "../shared/datasets/bccd");
    if (!Files.isDirectory(dataset)) {
      System.err.println("dataset directory " + dataset.toAbsolutePath() + " not found; pass its path as the first argument");
      System.exit(2);
    }
    DatasetImporter importer = new DatasetImporter(new HeaderSizes());

    for (int i = 0; i < WARM_UP_RUNS; i++) {
      importer.parse(dataset, Optional.empty());
    }
    long[] millis = new long[MEASURED_RUNS];
    ParsedDataset last = null;
    for (int i = 0; i < MEASURED_RUNS; i++) {
      long start = System.nanoTime();
      last = importer.parse(dataset, Optional.empty());
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }

    ImportReport report = last.report();
    Arrays.sort(millis);
    System.out.printf("imported %d images, %d boxes, %d problems from %s%n",
        report.images(), report.boxes(), report.problems().size(), dataset.toAbsolutePath().normalize());
    System.out.printf("wall time over %d runs after %d warm-up runs: median %d ms, min %d ms, max %d ms%n",
        MEASURED_RUNS, WARM_UP_RUNS, millis[MEASURED_RUNS / 2], millis[0], millis[MEASURED_RUNS - 1]);
    System.out.printf("java %s, %d processors%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
  }

  /** Reads image sizes from headers with ImageIO. */
  private static final class HeaderSizes implements ReadImagePort {
    @Override
    public RgbImage read(ImageReference image) {
      throw new UnsupportedOperationException("the import reads sizes only");
    }

    @Override
    public ImageSize readSize(ImageReference image) {
      try (ImageInputStream input = ImageIO.createImageInputStream(image.toPath().toFile())) {
        Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
        if (readers == null || !readers.hasNext()) {
          throw new ImageReadException(ImageReadException.Reason.IMAGE_UNREADABLE, "image " + image + " is not in a supported format");
        }
        ImageReader reader = readers.next();
        try {
          reader.setInput(input);
          return new ImageSize(reader.getWidth(0), reader.getHeight(0));
        } finally {
          reader.dispose();
        }
      } catch (IOException e) {
        throw new ImageReadException(ImageReadException.Reason.IMAGE_UNREADABLE, "image " + image + ": " + e.getMessage(), e);
      }
    }
  }
}
