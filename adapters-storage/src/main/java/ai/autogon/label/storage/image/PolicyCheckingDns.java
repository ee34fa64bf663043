package ai.autogon.label.storage.image;

import ai.autogon.label.domain.port.ImageSourcePolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/** Resolves host names through a delegate and lets the policy check every address before OkHttp connects. */
final class PolicyCheckingDns implements Dns {
  private final Dns delegate;
  private final ImageSourcePolicy policy;

  PolicyCheckingDns(Dns delegate, ImageSourcePolicy policy) {
    this.delegate = delegate;
    this.policy = policy;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> addresses = delegate.lookup(hostname);
    for (InetAddress address : addresses) {
      try {
        policy.checkAddress(hostname, address);
      } catch (RuntimeException rejection) {
        throw new PolicyRejection(rejection);
      }
    }
    return addresses;
  }

  /**
   * Carries a policy rejection out through OkHttp, which only passes {@link IOException}s from a resolver
   * on to the caller. The fetcher unwraps it and throws the original exception.
   */
  static final class PolicyRejection extends UnknownHostException {
    private static final long serialVersionUID = 1L;
    private final RuntimeException rejection;

    PolicyRejection(RuntimeException rejection) {
      super(rejection.getMessage());
      this.rejection = rejection;
      initCause(rejection);
    }

    RuntimeException rejection() {
      return rejection;
    }
  }
}
