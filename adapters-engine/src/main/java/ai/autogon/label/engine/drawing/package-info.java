/** Drawing of boxes onto images and writing of PNG files, for pictures that people look at. */
package ai.autogon.label.engine.drawing;
