package ai.autogon.label.storage.imports;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.dataset.ImportProblem;
import ai.autogon.label.domain.dataset.ParsedDataset;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.port.DatasetImportPort;
import ai.autogon.label.domain.port.ReadImagePort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports Pascal VOC, COCO, YOLO, Label Studio and CVAT datasets, detecting the format when none is given.
 *
 * <p>Only reads the dataset: the images stay where they are and the project refers to them by {@code file:} URI.
 * Every image's size is read from its header through {@link ReadImagePort}, which also finds unreadable images.
 * Every clipped box is counted. Its clipping is also listed as a problem when the box reaches more than 1 pixel
 * outside the image in pixel formats, or more than 1% of the image side in YOLO and Label Studio.
 */
public final class DatasetImporter implements DatasetImportPort {
  private static final Logger LOG = LoggerFactory.getLogger(DatasetImporter.class);
  private static final int PROBLEMS_IN_MESSAGE = 3;

  private final ReadImagePort imageReader;
  private final Clock clock;

  public DatasetImporter(ReadImagePort imageReader) {
    this(imageReader, Clock.systemUTC());
  }

  public DatasetImporter(ReadImagePort imageReader, Clock clock) {
    this.imageReader = Objects.requireNonNull(imageReader, "imageReader");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public ParsedDataset parse(Path source, Optional<DatasetFormat> format) {
    Path absolute = source.toAbsolutePath().normalize();
    if (!Files.exists(absolute)) {
      throw new InvalidValueException("path", "dataset path " + absolute + " does not exist");
    }
    long start = System.nanoTime();
    try {
      DatasetFormat chosen = format.isPresent() ? format.get() : DatasetSources.detect(absolute);
      ImportCollector collector = read(absolute, chosen);
      if (collector.isEmpty()) {
        throw nothingUsable(absolute, chosen, collector);
      }
      ParsedDataset dataset = collector.build(absolute.toString(), clock.instant());
      LOG.info("Read {} dataset {}: {} images, {} boxes, {} problems in {} ms", chosen.wireName(), absolute,
          dataset.report().images(), dataset.report().boxes(), dataset.report().problems().size(),
          (System.nanoTime() - start) / 1_000_000);
      return dataset;
    } catch (IOException e) {
      throw new InvalidValueException("path", "failed to read the dataset " + absolute + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
    }
  }

  private ImportCollector read(Path source, DatasetFormat format) throws IOException {
    Path root = Files.isDirectory(source) ? source : source.getParent();
    switch (format) {
      case PASCAL_VOC -> {
        Path directory = DatasetSources.directoryOf(source, format);
        ImportCollector collector = new ImportCollector(imageReader, format, directory, 1, 0);
        new VocParser(collector).parse(directory);
        return collector;
      }
      case YOLO -> {
        Path directory = DatasetSources.directoryOf(source, format);
        ImportCollector collector = new ImportCollector(imageReader, format, directory, 0, 0.01);
        new YoloParser(collector).parse(directory);
        return collector;
      }
      case COCO -> {
        ImportCollector collector = new ImportCollector(imageReader, format, root, 1, 0);
        for (Path file : DatasetSources.cocoFiles(source)) {
          new CocoParser(collector).parse(file);
        }
        return collector;
      }
      case LABEL_STUDIO -> {
        ImportCollector collector = new ImportCollector(imageReader, format, root, 0, 0.01);
        new LabelStudioParser(collector).parse(DatasetSources.labelStudioFile(source));
        return collector;
      }
      case CVAT -> {
        ImportCollector collector = new ImportCollector(imageReader, format, root, 1, 0);
        new CvatParser(collector).parse(DatasetSources.cvatFile(source));
        return collector;
      }
      default -> throw new IllegalStateException("unhandled format " + format);
    }
  }

  private static InvalidValueException nothingUsable(Path source, DatasetFormat format, ImportCollector collector) {
    String found = collector.problems().isEmpty()
        ? "it contains no images"
        : collector.problems().size() + " problems, first: " + collector.problems().stream()
            .limit(PROBLEMS_IN_MESSAGE)
            .map(DatasetImporter::describe)
            .collect(Collectors.joining("; "));
    return new InvalidValueException("path",
        "no usable image in " + source + " read as " + format.wireName() + " (" + found + "); check the path and the format");
  }

  private static String describe(ImportProblem problem) {
    return problem.file() + ": " + problem.detail();
  }
}
