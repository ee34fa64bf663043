package ai.autogon.label.engine;

import ai.autogon.label.domain.image.RgbImage;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Training augmentation: mosaic of four images, random scale and translation, HSV jitter and horizontal flip.
 *
 * <p>Every random draw comes from the {@link Random} passed in, so the same seed gives the same batches.
 */
final class Augmenter {
  private static final double SCALE = 0.5;
  private static final double TRANSLATE = 0.1;
  private static final double HUE_GAIN = 0.015;
  private static final double SATURATION_GAIN = 0.7;
  private static final double VALUE_GAIN = 0.4;
  private static final double MIN_SIDE = 2;
  private static final double MIN_AREA_KEPT = 0.1;

  private final int size;

  Augmenter(int size) {
    this.size = size;
  }

  /**
   * Returns an augmented square training sample.
   *
   * @param samples training samples, already scaled so that their longer side equals the input size
   * @param index the sample to augment
   * @param mosaic whether to combine it with three random others
   */
  Sample augment(List<Sample> samples, int index, boolean mosaic, Random random) {
    Sample canvas = mosaic ? mosaic(samples, index, random) : letterboxed(samples.get(index));
    Sample moved = scaleAndTranslate(canvas, random);
    jitterHsv(moved.image().pixels(), random);
    return random.nextBoolean() ? flip(moved) : moved;
  }

  private Sample letterboxed(Sample sample) {
    RgbImage image = sample.image();
    int left = (size - image.width()) / 2;
    int top = (size - image.height()) / 2;
    return new Sample(ImageOps.place(image, size, size, left, top), shift(sample.boxes(), left, top), sample.labels());
  }

  private Sample mosaic(List<Sample> samples, int index, Random random) {
    int side = 2 * size;
    byte[] canvas = new byte[side * side * 3];
    Arrays.fill(canvas, (byte) Letterbox.PAD_VALUE);
    int centerX = size / 2 + random.nextInt(size);
    int centerY = size / 2 + random.nextInt(size);
    int[] picks = {index, random.nextInt(samples.size()), random.nextInt(samples.size()), random.nextInt(samples.size())};
    float[][] boxes = new float[4][];
    int[][] labels = new int[4][];
    for (int quadrant = 0; quadrant < 4; quadrant++) {
      Sample sample = samples.get(picks[quadrant]);
      RgbImage image = sample.image();
      int left = quadrant % 2 == 0 ? centerX - image.width() : centerX;
      int top = quadrant < 2 ? centerY - image.height() : centerY;
      ImageOps.copyInto(image, canvas, side, side, left, top);
      float[] shifted = shift(sample.boxes(), left, top);
      boxes[quadrant] = clip(shifted, Math.max(left, 0), Math.max(top, 0), Math.min(left + image.width(), side), Math.min(top + image.height(), side));
      labels[quadrant] = sample.labels();
    }
    return filter(new RgbImage(side, side, canvas), concat(boxes), concatLabels(labels), concat(boxes));
  }

  /** Scales about the canvas centre and translates, cropping to the input size. */
  private Sample scaleAndTranslate(Sample canvas, Random random) {
    RgbImage source = canvas.image();
    double scale = 1 - SCALE + 2 * SCALE * random.nextDouble();
    double shiftX = size * (0.5 + TRANSLATE * (2 * random.nextDouble() - 1));
    double shiftY = size * (0.5 + TRANSLATE * (2 * random.nextDouble() - 1));
    double centerX = source.width() / 2.0;
    double centerY = source.height() / 2.0;

    byte[] target = new byte[size * size * 3];
    byte[] pixels = source.pixels();
    for (int y = 0; y < size; y++) {
      int sy = (int) Math.floor((y + 0.5 - shiftY) / scale + centerY);
      for (int x = 0; x < size; x++) {
        int sx = (int) Math.floor((x + 0.5 - shiftX) / scale + centerX);
        int to = (y * size + x) * 3;
        if (sx < 0 || sy < 0 || sx >= source.width() || sy >= source.height()) {
          target[to] = target[to + 1] = target[to + 2] = (byte) Letterbox.PAD_VALUE;
        } else {
          int from = (sy * source.width() + sx) * 3;
          target[to] = pixels[from];
          target[to + 1] = pixels[from + 1];
          target[to + 2] = pixels[from + 2];
        }
      }
    }

    float[] original = canvas.boxes();
    float[] moved = new float[original.length];
    for (int i = 0; i < original.length; i += 2) {
      moved[i] = (float) ((original[i] - centerX) * scale + shiftX);
      moved[i + 1] = (float) ((original[i + 1] - centerY) * scale + shiftY);
    }
    float[] clipped = clip(moved, 0, 0, size, size);
    return filter(new RgbImage(size, size, target), clipped, canvas.labels(), moved);
  }

  /** Keeps the boxes that are still at least {@value #MIN_SIDE} px wide and high and keep a tenth of their area. */
  private static Sample filter(RgbImage image, float[] boxes, int[] labels, float[] unclipped) {
    int count = labels.length;
    float[] keptBoxes = new float[count * 4];
    int[] keptLabels = new int[count];
    int kept = 0;
    for (int i = 0; i < count; i++) {
      double w = boxes[i * 4 + 2] - boxes[i * 4];
      double h = boxes[i * 4 + 3] - boxes[i * 4 + 1];
      double fullArea = (unclipped[i * 4 + 2] - unclipped[i * 4]) * (unclipped[i * 4 + 3] - unclipped[i * 4 + 1]);
      if (w >= MIN_SIDE && h >= MIN_SIDE && w * h >= MIN_AREA_KEPT * fullArea) {
        System.arraycopy(boxes, i * 4, keptBoxes, kept * 4, 4);
        keptLabels[kept++] = labels[i];
      }
    }
    return new Sample(image, Arrays.copyOf(keptBoxes, kept * 4), Arrays.copyOf(keptLabels, kept));
  }

  private static float[] shift(float[] boxes, float dx, float dy) {
    float[] shifted = boxes.clone();
    for (int i = 0; i < shifted.length; i += 2) {
      shifted[i] += dx;
      shifted[i + 1] += dy;
    }
    return shifted;
  }

  private static float[] clip(float[] boxes, float minX, float minY, float maxX, float maxY) {
    float[] clipped = boxes.clone();
    for (int i = 0; i < clipped.length; i += 2) {
      clipped[i] = Math.max(minX, Math.min(maxX, clipped[i]));
      clipped[i + 1] = Math.max(minY, Math.min(maxY, clipped[i + 1]));
    }
    return clipped;
  }

  private static float[] concat(float[][] parts) {
    int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
    float[] all = new float[length];
    int at = 0;
    for (float[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  private static int[] concatLabels(int[][] parts) {
    return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
  }

  private static Sample flip(Sample sample) {
    RgbImage image = sample.image();
    byte[] pixels = image.pixels();
    int width = image.width();
    for (int y = 0; y < image.height(); y++) {
      for (int x = 0; x < width / 2; x++) {
        int a = (y * width + x) * 3;
        int b = (y * width + width - 1 - x) * 3;
        for (int c = 0; c < 3; c++) {
          byte swap = pixels[a + c];
          pixels[a + c] = pixels[b + c];
          pixels[b + c] = swap;
        }
      }
    }
    float[] boxes = sample.boxes().clone();
    for (int i = 0; i < boxes.length; i += 4) {
      float x1 = boxes[i];
      boxes[i] = width - boxes[i + 2];
      boxes[i + 2] = width - x1;
    }
    return new Sample(image, boxes, sample.labels());
  }

  /** Multiplies hue, saturation and value by random gains, in place. */
  static void jitterHsv(byte[] pixels, Random random) {
    double hueGain = 1 + HUE_GAIN * (2 * random.nextDouble() - 1);
    double saturationGain = 1 + SATURATION_GAIN * (2 * random.nextDouble() - 1);
    double valueGain = 1 + VALUE_GAIN * (2 * random.nextDouble() - 1);
    float[] hsv = new float[3];
    for (int i = 0; i < pixels.length; i += 3) {
      java.awt.Color.RGBtoHSB(pixels[i] & 0xFF, pixels[i + 1] & 0xFF, pixels[i + 2] & 0xFF, hsv);
      float hue = (float) ((hsv[0] * hueGain) % 1.0);
      float saturation = (float) Math.min(1.0, hsv[1] * saturationGain);
      float value = (float) Math.min(1.0, hsv[2] * valueGain);
      int rgb = java.awt.Color.HSBtoRGB(hue, saturation, value);
      pixels[i] = (byte) (rgb >> 16);
      pixels[i + 1] = (byte) (rgb >> 8);
      pixels[i + 2] = (byte) rgb;
    }
  }
}
