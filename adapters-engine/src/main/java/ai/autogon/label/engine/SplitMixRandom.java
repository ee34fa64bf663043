package ai.autogon.label.engine;

import java.util.Random;

/**
 * Random generator (SplitMix64) whose whole state is one {@code long}, so a checkpoint can save and restore it.
 *
 * <p>{@link #nextGaussian} keeps a hidden second value in {@link Random}; the engine never calls it.
 */
final class SplitMixRandom extends Random {
  private static final long serialVersionUID = 1L;
  private long state;

  SplitMixRandom(long seed) {
    super(0);
    this.state = seed;
  }

  long state() {
    return state;
  }

  @Override
  public void setSeed(long seed) {
    // Random's constructor calls this before the field exists; the state is set by the constructor instead.
    this.state = seed;
  }

  @Override
  protected int next(int bits) {
    state += 0x9E3779B97F4A7C15L;
    long z = state;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (int) (z >>> (64 - bits));
  }
}
