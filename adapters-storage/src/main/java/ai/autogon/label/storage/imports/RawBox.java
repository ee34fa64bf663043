package ai.autogon.label.storage.imports;

/**
 * A box as a parser read it, already converted to 0-based pixel corners of the image but not yet checked.
 *
 * @param className class name as the dataset spells it
 * @param x1 left edge
 * @param y1 top edge
 * @param x2 right edge, exclusive
 * @param y2 bottom edge, exclusive
 * @param difficult whether the dataset marks the object as hard to recognise
 * @param description how a person finds the box in the annotation file, such as {@code object 3} or {@code line 7}
 */
record RawBox(String className, double x1, double y1, double x2, double y2, boolean difficult, String description) {}
