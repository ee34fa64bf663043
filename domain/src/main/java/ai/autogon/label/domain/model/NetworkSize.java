package ai.autogon.label.domain.model;

/**
 * Size of a detection network.
 *
 * @param parameters number of trainable parameters
 * @param gflops billions of floating-point operations for one forward pass at the model's input size
 * @param imageSize side of the square input, in pixels
 */
public record NetworkSize(long parameters, double gflops, int imageSize) {}
