package org.casus.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the bytes of a file, a stream or a JSON line into text, choosing the character encoding
 * from the bytes themselves, and says when they are not text at all.
 *
 * <p>The choice, in order (after the WHATWG Encoding Standard, section 6 "Hooks for standards",
 * <i>decode</i>: a byte-order mark wins; and section 4.2 "Names and labels", where the labels
 * {@code latin1} and {@code iso-8859-1} both mean windows-1252):
 * <ol>
 *   <li>a byte-order mark: {@code EF BB BF} UTF-8, {@code FF FE} UTF-16LE, {@code FE FF} UTF-16BE
 *       (the mark is dropped from the text);
 *   <li>no mark, but at least {@value #UTF16_SHARE_PERCENT}% of the even (odd) bytes of the first
 *       {@value #SNIFF_BYTES} are NUL and at most 5% of the others: UTF-16BE (LE) without a mark,
 *       as some Windows tools write it;
 *   <li>a NUL byte, or more than {@value #CONTROL_PER_MILLE} per mille control bytes (C0 controls
 *       other than tab, line feed, vertical tab, form feed, carriage return and escape): binary,
 *       not text, refused with the offset of the first such byte;
 *   <li>valid UTF-8: UTF-8;
 *   <li>otherwise windows-1252, a superset of the printable ISO-8859-1 (Latin-1) characters that
 *       adds the curly quotes, dashes and euro sign of Windows text; its five undefined bytes
 *       ({@code 81 8D 8F 90 9D}) become U+FFFD.
 * </ol>
 * Other legacy encodings (windows-1251, Shift_JIS, GB18030 ...) are not detected: their bytes are
 * read as windows-1252 and the text then fails the language check as not English, which is what
 * casus would say of it anyway.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {
  /** How many leading bytes the UTF-16 and binary tests look at. */
  public static final int SNIFF_BYTES = 65_536;
  /** Share of NUL bytes at even (odd) offsets that marks UTF-16 without a byte-order mark. */
  public static final int UTF16_SHARE_PERCENT = 40;
  /** Control bytes per thousand above which bytes are binary. */
  public static final int CONTROL_PER_MILLE = 10;

  /** windows-1252, the WHATWG decoder for latin1 and iso-8859-1 labels. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {
  }

  /**
   * A byte-level encoding decision: the charset and how many leading bytes are its byte-order mark.
   *
   * @param charset the encoding
   * @param bomLength bytes of byte-order mark to skip, 0, 2 or 3
   * @param basis why: {@code "byte-order mark"}, {@code "NUL pattern"}, {@code "valid UTF-8"},
   *     {@code "not valid UTF-8"}
   */
  public record Encoding(Charset charset, int bomLength, String basis) {
    public Encoding {
      Objects.requireNonNull(charset, "charset");
      Objects.requireNonNull(basis, "basis");
      if (bomLength < 0 || bomLength > 3) {
        throw new IllegalArgumentException("bomLength " + bomLength);
      }
    }

    /** True for the two-byte encodings, whose lines cannot be split on single bytes. */
    public boolean isUtf16() {
      return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    }
  }

  /** What {@link #decodeAll} found: text ({@link Decoded}) or not ({@link Binary}). */
  public sealed interface Outcome permits Decoded, Binary {
  }

  /**
   * Text with the encoding it was read in.
   *
   * @param text the decoded text, byte-order mark removed, not yet normalised
   * @param charset the encoding used
   */
  public record Decoded(String text, Charset charset) implements Outcome {
    public Decoded {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(charset, "charset");
    }
  }

  /**
   * Bytes that are not text.
   *
   * @param offset 0-based offset of the first byte that made them binary
   * @param why what that byte is, e.g. {@code "NUL byte"}
   */
  public record Binary(long offset, String why) implements Outcome {
    public Binary {
      Objects.requireNonNull(why, "why");
      if (offset < 0) {
        throw new IllegalArgumentException("offset " + offset + " < 0");
      }
    }

    /** {@code "NUL byte at byte offset 17"}. */
    public String message() {
      return why + " at byte offset " + offset;
    }
  }

  /**
   * The encoding that the byte-order mark or the NUL pattern of {@code head} announces, or empty
   * when neither does (then the bytes are UTF-8 or windows-1252, decided per piece of text by
   * {@link #decode(byte[], int, int)}).
   *
   * @param head the first bytes of the input (up to {@link #SNIFF_BYTES} are read), non-null
   * @param length how many of them are valid
   */
  public static Optional<Encoding> announced(byte[] head, int length) {
    if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return Optional.of(new Encoding(StandardCharsets.UTF_8, 3, "byte-order mark"));
    }
    if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return Optional.of(new Encoding(StandardCharsets.UTF_16LE, 2, "byte-order mark"));
    }
    if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return Optional.of(new Encoding(StandardCharsets.UTF_16BE, 2, "byte-order mark"));
    }
    int n = Math.min(length, SNIFF_BYTES) & ~1;
    if (n >= 4) {
      int evenNul = 0;
      int oddNul = 0;
      for (int i = 0; i < n; i += 2) {
        evenNul += head[i] == 0 ? 1 : 0;
        oddNul += head[i + 1] == 0 ? 1 : 0;
      }
      int pairs = n / 2;
      if (evenNul * 100 >= pairs * UTF16_SHARE_PERCENT && oddNul * 20 <= pairs) {
        return Optional.of(new Encoding(StandardCharsets.UTF_16BE, 0, "NUL pattern"));
      }
      if (oddNul * 100 >= pairs * UTF16_SHARE_PERCENT && evenNul * 20 <= pairs) {
        return Optional.of(new Encoding(StandardCharsets.UTF_16LE, 0, "NUL pattern"));
      }
    }
    return Optional.empty();
  }

  /**
   * Why {@code bytes[from, from+length)} are not text in a single-byte-compatible encoding (UTF-8
   * or windows-1252), or empty when they may be text. See rule 3 of the class comment.
   *
   * @param offsetBase added to the offsets reported (the position of {@code from} in the input)
   */
  public static Optional<Binary> binary(byte[] bytes, int from, int length, long offsetBase) {
    int controls = 0;
    int firstControl = -1;
    for (int i = from; i < from + length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of(new Binary(offsetBase + i - from, "NUL byte"));
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != 0x0B && b != '\f' && b != '\r' && b != 0x1B) {
        controls++;
        if (firstControl < 0) {
          firstControl = i - from;
        }
      }
    }
    if (controls > 0 && (long) controls * 1000 > (long) length * CONTROL_PER_MILLE) {
      return Optional.of(new Binary(offsetBase + firstControl, String.format(java.util.Locale.ROOT,
          "control byte 0x%02X (%d control bytes in %d)", bytes[from + firstControl] & 0xFF, controls, length)));
    }
    return Optional.empty();
  }

  /**
   * Decodes a piece of a single-byte-compatible input (no byte-order mark or UTF-16 announced):
   * UTF-8 when the bytes are valid UTF-8, else windows-1252. A leading UTF-8 byte-order mark is
   * dropped.
   *
   * @throws IndexOutOfBoundsException if the range is outside {@code bytes}
   */
  public static Decoded decode(byte[] bytes, int from, int length) {
    Objects.checkFromIndexSize(from, length, bytes.length);
    int skip = length >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB
        && (bytes[from + 2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, from + skip, length - skip);
    if (isAscii(bytes, from + skip, length - skip)) {
      return new Decoded(new String(bytes, from + skip, length - skip, StandardCharsets.US_ASCII),
          StandardCharsets.UTF_8);
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
      return new Decoded(s, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return new Decoded(decodeLenient(bytes, from + skip, length - skip, WINDOWS_1252), WINDOWS_1252);
    }
  }

  /**
   * Decodes a whole input: the announced encoding ({@link #announced}) if any, else as {@link
   * #decode(byte[], int, int)}; or says why it is binary.
   *
   * @return a {@link Decoded} or a {@link Binary}, never null
   */
  public static Outcome decodeAll(byte[] bytes, int length) {
    Optional<Encoding> e = announced(bytes, length);
    if (e.isPresent() && e.get().isUtf16()) {
      return new Decoded(decodeLenient(bytes, e.get().bomLength(), length - e.get().bomLength(), e.get().charset()),
          e.get().charset());
    }
    Optional<Binary> bin = binary(bytes, 0, length, 0);
    if (bin.isPresent()) {
      return bin.get();
    }
    return decode(bytes, 0, length);
  }

  /** Decodes with U+FFFD for what cannot be decoded. */
  static String decodeLenient(byte[] bytes, int from, int length, Charset cs) {
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes, from, length)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder reported an error", e); // not reached
    }
  }

  /**
   * The 0-based offset of the first byte that is not valid UTF-8 in {@code bytes[0, length)}, or
   * -1 when they are all valid UTF-8 (for messages that name the byte).
   */
  public static long firstInvalidUtf8(byte[] bytes, int length) {
    var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, length));
    var r = dec.decode(in, out, true);
    if (r.isError()) {
      return in.position();
    }
    r = dec.flush(out);
    return r.isError() ? in.position() : -1;
  }

  private static boolean isAscii(byte[] bytes, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
