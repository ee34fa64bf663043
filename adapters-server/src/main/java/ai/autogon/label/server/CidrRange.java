package ai.autogon.label.server;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** Block of IP addresses written as {@code address/prefix}, such as {@code 10.0.0.0/8} or {@code fc00::/7}. */
final class CidrRange {
  private final byte[] network;
  private final int prefixLength;
  private final String text;

  private CidrRange(byte[] network, int prefixLength, String text) {
    this.network = network;
    this.prefixLength = prefixLength;
    this.text = text;
  }

  /**
   * Parses a range from an IP literal with an optional {@code /prefix}; a bare address is a range of one.
   *
   * @throws IllegalArgumentException naming the text when it is not a literal address with a valid prefix
   */
  static CidrRange parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    int slash = trimmed.indexOf('/');
    String addressPart = slash < 0 ? trimmed : trimmed.substring(0, slash);
    Optional<byte[]> address = IpLiterals.parseBytes(addressPart);
    if (address.isEmpty()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a CIDR range: expected an IP literal with an optional /prefix, such as 10.1.0.0/16");
    }

    byte[] bytes = address.get();
    int maxPrefix = bytes.length * 8;
    int prefix = maxPrefix;
    if (slash >= 0) {
      String prefixPart = trimmed.substring(slash + 1);
      if (prefixPart.isEmpty() || prefixPart.length() > 3 || !prefixPart.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("'" + text + "' has an invalid prefix length: expected 0 to " + maxPrefix);
      }
      prefix = Integer.parseInt(prefixPart);
      if (prefix > maxPrefix) {
        throw new IllegalArgumentException("'" + text + "' has an invalid prefix length: expected 0 to " + maxPrefix);
      }
    }
    return new CidrRange(mask(bytes, prefix), prefix, trimmed);
  }

  /** Returns whether the address lies in this range; IPv4 and IPv6 ranges never contain each other's addresses. */
  boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == network.length && Arrays.equals(mask(bytes, prefixLength), network);
  }

  private static byte[] mask(byte[] bytes, int prefix) {
    byte[] masked = bytes.clone();
    for (int i = 0; i < masked.length; i++) {
      int bitsKept = Math.max(0, Math.min(8, prefix - i * 8));
      masked[i] = (byte) (masked[i] & (0xFF << (8 - bitsKept)));
    }
    return masked;
  }

  @Override
  public String toString() {
    return text;
  }
}
