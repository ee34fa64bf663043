package ai.autogon.label.bootstrap;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.Deque;

/** Collects what the wired adapters opened, so that closing the facade releases it in reverse order. */
@Singleton
final class BackendResources implements AutoCloseable {
  private final Deque<AutoCloseable> opened = new ArrayDeque<>();

  @Inject
  BackendResources() {}

  synchronized <T extends AutoCloseable> T register(T resource) {
    opened.push(resource);
    return resource;
  }

  @Override
  public synchronized void close() throws Exception {
    Exception failure = null;
    while (!opened.isEmpty()) {
      try {
        opened.pop().close();
      } catch (Exception e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
