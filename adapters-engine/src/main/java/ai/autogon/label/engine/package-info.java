/** Embedded object detector on DJL and PyTorch that implements the training and prediction ports in-process. */
package ai.autogon.label.engine;
