/**
 * Dataset importers: read Pascal VOC, COCO, YOLO, Label Studio and CVAT for images 1.1 datasets into labelled images.
 *
 * <p>{@link ai.autogon.label.storage.imports.DatasetImporter} detects the format from the layout when none is given,
 * reads every image's size from its header, converts boxes to 0-based pixel edges of the upright image, and lists
 * each skipped or repaired entry in an import report. The user's files are only read: the project refers to the
 * images by {@code file:} URI, so moving or deleting them later breaks those references.
 *
 * <p>XML is parsed with the JDK parser with DOCTYPEs and external entities disabled; JSON is read with Moshi;
 * the {@code names:} key of a YOLO {@code data.yaml} is read by a small parser for the forms YOLO tools write.
 */
package ai.autogon.label.storage.imports;
