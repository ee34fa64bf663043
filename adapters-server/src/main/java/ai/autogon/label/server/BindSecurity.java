package ai.autogon.label.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Decides whether a server may run without API keys on the host it binds to. */
final class BindSecurity {
  private BindSecurity() {}

  /**
   * Returns the start-up warning for a key-less server on a loopback host, or empty when keys are set.
   *
   * @throws IllegalStateException when there are no keys and the host is not loopback-only
   */
  static Optional<String> checkKeys(String host, boolean hasKeys) {
    if (hasKeys) {
      return Optional.empty();
    }
    if (!isLoopback(host)) {
      throw new IllegalStateException(
          "cannot start without API keys on host '" + host + "' because other machines can reach it: "
              + "set " + ApiKeys.ENVIRONMENT_VARIABLE + " or a key file, or bind to 127.0.0.1");
    }
    return Optional.of(
        "no API keys are configured, so every request to " + host + " is accepted without " + ApiKeyAuthenticator.HEADER
            + "; this is allowed only on a loopback host. Set " + ApiKeys.ENVIRONMENT_VARIABLE
            + " or a key file before binding to another address");
  }

  /**
   * Returns whether every address of {@code host} is a loopback address.
   *
   * <p>IP literals are judged without a lookup; {@code 0.0.0.0} and {@code ::} mean every interface and are
   * not loopback. Other names are resolved the way Jetty will resolve them to bind; a name that does not
   * resolve counts as not loopback.
   */
  static boolean isLoopback(String host) {
    Optional<InetAddress> literal = IpLiterals.parse(host);
    if (literal.isPresent()) {
      return literal.get().isLoopbackAddress();
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty()) {
      return false;
    }
    try {
      InetAddress[] addresses = InetAddress.getAllByName(name);
      return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
