package ai.autogon.label.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** Parses IP address literals without ever asking a name resolver. */
final class IpLiterals {
  private IpLiterals() {}

  /**
   * Parses a dotted-quad IPv4 literal or an IPv6 literal (optionally in brackets); returns empty for
   * anything else, host names included.
   */
  static Optional<InetAddress> parse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String literal = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    Optional<byte[]> ipv4 = parseIpv4(literal);
    if (ipv4.isPresent()) {
      return Optional.of(byAddress(ipv4.get()));
    }
    if (literal.indexOf(':') >= 0 && literal.chars().allMatch(IpLiterals::isIpv6Character)) {
      try {
        // A string with a colon is parsed as an IPv6 literal and never resolved as a name.
        return Optional.of(InetAddress.getByName(literal));
      } catch (UnknownHostException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the 4 or 16 bytes of an IP literal; unlike {@link #parse}, an IPv4-mapped IPv6 literal such as
   * {@code ::ffff:10.0.0.1} keeps its 16 bytes instead of becoming the IPv4 address.
   */
  static Optional<byte[]> parseBytes(String text) {
    Optional<InetAddress> address = parse(text);
    if (address.isEmpty()) {
      return Optional.empty();
    }
    byte[] bytes = address.get().getAddress();
    if (bytes.length == 4 && text.indexOf(':') >= 0) {
      // InetAddress turns ::ffff:a.b.c.d into a.b.c.d; the colon shows the text was the IPv6 form.
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xff;
      mapped[11] = (byte) 0xff;
      System.arraycopy(bytes, 0, mapped, 12, 4);
      return Optional.of(mapped);
    }
    return Optional.of(bytes);
  }

  /** Parses exactly four decimal octets separated by dots, such as {@code 169.254.169.254}. */
  static Optional<byte[]> parseIpv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      String part = parts[i];
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return Optional.empty();
      }
      int value = Integer.parseInt(part);
      if (value > 255) {
        return Optional.empty();
      }
      bytes[i] = (byte) value;
    }
    return Optional.of(bytes);
  }

  static InetAddress byAddress(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("an IP address has 4 or 16 bytes, got " + bytes.length, e);
    }
  }

  private static boolean isIpv6Character(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.';
  }
}
