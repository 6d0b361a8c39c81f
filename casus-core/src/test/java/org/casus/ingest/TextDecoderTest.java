package org.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  static final String TEXT = "The caf\u00e9 owner said the \u201cprotest\u201d \u2013 his word \u2013 cost him \u20ac500.";

  private static TextDecoder.Decoded decoded(byte[] bytes) {
    return assertInstanceOf(TextDecoder.Decoded.class, TextDecoder.decodeAll(bytes, bytes.length));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void utf8WithAndWithoutByteOrderMark() {
    assertEquals(new TextDecoder.Decoded(TEXT, StandardCharsets.UTF_8), decoded(TEXT.getBytes(StandardCharsets.UTF_8)));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertEquals(TEXT, decoded(concat(bom, TEXT.getBytes(StandardCharsets.UTF_8))).text());
  }

  @Test
  void windows1252KeepsCurlyQuotesDashesAndEuro() {
    TextDecoder.Decoded d = decoded(TEXT.getBytes(Charset.forName("windows-1252")));
    assertEquals(TEXT, d.text());
    assertEquals("windows-1252", d.charset().name());
  }

  @Test
  void latin1IsReadAsWindows1252() {
    String latin = "S\u00e3o Tom\u00e9 and Pr\u00edncipe, M\u00fcnchen, \u00c5land";
    assertEquals(latin, decoded(latin.getBytes(StandardCharsets.ISO_8859_1)).text());
  }

  @Test
  void utf16WithByteOrderMarkEitherWay() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(new TextDecoder.Decoded(TEXT, StandardCharsets.UTF_16LE), decoded(le));
    assertEquals(new TextDecoder.Decoded(TEXT, StandardCharsets.UTF_16BE), decoded(be));
  }

  @Test
  void utf16WithoutByteOrderMarkByItsNulPattern() {
    assertEquals(new TextDecoder.Decoded(TEXT, StandardCharsets.UTF_16LE),
        decoded(TEXT.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(new TextDecoder.Decoded(TEXT, StandardCharsets.UTF_16BE),
        decoded(TEXT.getBytes(StandardCharsets.UTF_16BE)));
  }

  @Test
  void binaryNamesTheByteOffset() {
    byte[] b = "The report\0 ends".getBytes(StandardCharsets.US_ASCII);
    TextDecoder.Binary bin = assertInstanceOf(TextDecoder.Binary.class, TextDecoder.decodeAll(b, b.length));
    assertEquals(10, bin.offset());
    assertEquals("NUL byte at byte offset 10", bin.message());
  }

  @Test
  void manyControlBytesAreBinaryOneStrayOneIsNot() {
    byte[] noisy = "ab\u0001cd\u0002ef\u0003gh".getBytes(StandardCharsets.US_ASCII);
    TextDecoder.Binary bin = assertInstanceOf(TextDecoder.Binary.class, TextDecoder.decodeAll(noisy, noisy.length));
    assertEquals(2, bin.offset());
    assertTrue(bin.message().startsWith("control byte 0x01"), bin.message());
    String longText = "x".repeat(2000) + "\u001a";
    byte[] one = longText.getBytes(StandardCharsets.US_ASCII);
    assertEquals(longText, decoded(one).text(), "one DOS end-of-file mark in 2,001 bytes is still text");
  }

  @Test
  void tabsFormFeedsAndLineEndsAreText() {
    String s = "a\tb\fc\r\nd\re\u001b[0m";
    assertEquals(s, decoded(s.getBytes(StandardCharsets.US_ASCII)).text());
  }

  @Test
  void firstInvalidUtf8() {
    byte[] b = ("ok caf" + (char) 0xE9 + " x").getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(6, TextDecoder.firstInvalidUtf8(b, b.length));
    byte[] good = TEXT.getBytes(StandardCharsets.UTF_8);
    assertEquals(-1, TextDecoder.firstInvalidUtf8(good, good.length));
  }

  @Test
  void announcedOnlyForMarksAndNulPatterns() {
    byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
    assertFalse(TextDecoder.announced(plain, plain.length).isPresent());
    byte[] zeros = new byte[64];
    assertFalse(TextDecoder.announced(zeros, zeros.length).isPresent(), "all NUL is binary, not UTF-16");
  }
}
