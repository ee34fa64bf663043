package ai.autogon.label.domain.port;

import ai.autogon.label.domain.prediction.AnnotationExport;
import java.nio.file.Path;
import java.util.List;

/** Writes predicted annotations in a labelling tool's file format. */
public interface ExportAnnotationsPort {
  /**
   * Writes the export atomically, file by file, and returns the files written.
   *
   * @throws ai.autogon.label.domain.error.ConflictException when an output file exists and overwriting was not allowed;
   *     nothing is written then
   * @throws ai.autogon.label.domain.error.StorageException when a file cannot be written
   */
  List<Path> export(AnnotationExport export);
}
