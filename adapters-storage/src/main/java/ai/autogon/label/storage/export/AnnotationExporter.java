package ai.autogon.label.storage.export;

import ai.autogon.label.domain.error.ConflictException;
import ai.autogon.label.domain.error.StorageException;
import ai.autogon.label.domain.port.ExportAnnotationsPort;
import ai.autogon.label.domain.prediction.AnnotationExport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes predicted annotations as files in the export formats, each file atomically. */
public final class AnnotationExporter implements ExportAnnotationsPort {
  private static final Logger LOG = LoggerFactory.getLogger(AnnotationExporter.class);

  @Override
  public List<Path> export(AnnotationExport export) {
    Path output = export.output().toAbsolutePath().normalize();
    AnnotationExport absolute = new AnnotationExport(export.format(), export.results(), export.modelName(),
        export.classNames(), output, export.overwrite());
    checkOutputKind(absolute);

    List<OutputFile> files = switch (export.format()) {
      case JSON -> ContractJsonExport.render(absolute);
      case LABEL_STUDIO -> LabelStudioExport.render(absolute);
      case COCO -> CocoExport.render(absolute);
      case YOLO -> YoloExport.render(absolute);
      case PASCAL_VOC -> VocExport.render(absolute);
    };
    if (!export.overwrite()) {
      rejectExisting(files);
    }

    List<Path> written = new ArrayList<>();
    for (OutputFile file : files) {
      write(file);
      written.add(file.target());
    }
    LOG.debug("exported {} files in format {} to {}", written.size(), export.format().wireName(), output);
    return written;
  }

  private static void checkOutputKind(AnnotationExport export) {
    Path output = export.output();
    if (export.format().writesDirectory() && Files.exists(output) && !Files.isDirectory(output)) {
      throw new StorageException("cannot export " + export.format().wireName() + " to " + output
          + ": it is a file, but this format writes a directory of files; give a directory path");
    }
    if (!export.format().writesDirectory() && Files.isDirectory(output)) {
      throw new StorageException("cannot export " + export.format().wireName() + " to " + output
          + ": it is a directory, but this format writes one file; give a file path such as "
          + output.resolve("predictions.json"));
    }
  }

  private static void rejectExisting(List<OutputFile> files) {
    List<Path> existing = files.stream().map(OutputFile::target).filter(Files::exists).toList();
    if (existing.isEmpty()) {
      return;
    }
    String listed = existing.size() == 1 ? existing.get(0).toString() : existing.get(0) + " and " + (existing.size() - 1)
        + " more";
    throw new ConflictException("cannot write " + listed + ": the file already exists; choose another output path or "
        + "pass --overwrite-output to replace it");
  }

  /** Writes a temporary file next to the target, forces it to disk and renames it over the target. */
  private static void write(OutputFile file) {
    Path target = file.target();
    Path directory = target.getParent();
    Path temporary = directory.resolve(".tmp-" + target.getFileName() + "-" + UUID.randomUUID() + ".part");
    try {
      Files.createDirectories(directory);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(file.content());
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new StorageException("failed to write " + target + ": " + e, e);
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        LOG.warn("could not delete the temporary file {}: {}", temporary, e.toString());
      }
    }
  }
}
