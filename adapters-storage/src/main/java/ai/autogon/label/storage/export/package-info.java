/**
 * Exporters: write predicted annotations as pre-annotations for labelling tools (contract JSON, COCO, YOLO, Pascal
 * VOC and Label Studio).
 *
 * <p>{@link ai.autogon.label.storage.export.AnnotationExporter} renders every output file in memory, rejects the
 * export before writing anything when a target exists and overwriting was not allowed, then writes each file to a
 * temporary file in the target's directory and renames it into place with {@code ATOMIC_MOVE}. JSON is written with
 * Moshi and VOC XML with the JDK's {@code javax.xml.stream} writer.
 */
package ai.autogon.label.storage.export;
