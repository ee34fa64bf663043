package ai.autogon.label.engine;

import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.port.StoredModel;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loaded detectors by model name, at most {@code capacity} of them.
 *
 * <p>Loading a model beyond the capacity releases the least recently used one. The cache holds one reference to each
 * detector it keeps, and every caller gets a reference of its own. So a detector that the cache releases after a
 * replacement or an eviction stays loaded until the calls still running on it close their references.
 *
 * <p>Lookups and loads run under one lock: a call that needs a model not yet loaded makes the others wait while the
 * weights are read from disk.
 */
final class DetectorCache implements AutoCloseable {
  private final NDManager root;
  private final int capacity;
  private final LinkedHashMap<ModelName, LoadedDetector> detectors = new LinkedHashMap<>(16, 0.75f, true);

  DetectorCache(NDManager root, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.root = root;
    this.capacity = capacity;
  }

  /**
   * Returns the detector of a stored model with a new reference, which the caller closes. A model replaced since it
   * was loaded is loaded again. A caller that looked the model up just before a replacement gets the newer
   * detector when it is loaded already, rather than loading the replaced one back.
   */
  synchronized LoadedDetector acquire(StoredModel stored) {
    ModelName name = stored.model().name();
    LoadedDetector cached = detectors.get(name);
    if (cached != null && !cached.createdAt().isBefore(stored.model().createdAt())) {
      return cached.acquire();
    }

    LoadedDetector loaded = LoadedDetector.load(root, stored.directory(), stored.model().createdAt());
    if (cached != null) {
      cached.close();
    }
    detectors.put(name, loaded);
    evictLeastRecentlyUsed();
    return loaded.acquire();
  }

  /** Releases the cache's reference to a model's detector, after a training saved a new version of the model. */
  synchronized void release(ModelName name) {
    LoadedDetector removed = detectors.remove(name);
    if (removed != null) {
      removed.close();
    }
  }

  /** Returns the names of the loaded models, least recently used first. */
  synchronized List<ModelName> loadedModels() {
    return new ArrayList<>(detectors.keySet());
  }

  private void evictLeastRecentlyUsed() {
    Iterator<Map.Entry<ModelName, LoadedDetector>> entries = detectors.entrySet().iterator();
    while (detectors.size() > capacity) {
      LoadedDetector eldest = entries.next().getValue();
      entries.remove();
      eldest.close();
    }
  }

  /** Releases the cache's references; detectors still in use are freed when their callers close them. */
  @Override
  public synchronized void close() {
    detectors.values().forEach(LoadedDetector::close);
    detectors.clear();
  }
}
