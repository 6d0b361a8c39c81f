package org.casus.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The format of one input, decided from its first bytes and its name, for {@link ArticleReader}
 * (whose class comment states the rules): unsupported archives by magic bytes, then JSON Lines,
 * JSON array, HTML or plain text by content first, name second.
 *
 * <p>Stateless apart from the shared JSON mapper; thread-safe as {@link ObjectMapper#readTree} is.
 */
final class FormatSniffer {
  private static final Pattern HTML_TAG_START = Pattern.compile(
      "^<(!doctype\\s+html|html|head|body|meta|title|div|p|article|main|span|table|script|style|a|h[1-6]|ul|ol"
          + "|section|header|nav|link|!--)[\\s>/]", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_TAG_ANYWHERE = Pattern.compile("<(html|body|!doctype\\s+html)[\\s>]",
      Pattern.CASE_INSENSITIVE);

  private final ObjectMapper json;

  /** @param json the reader's strict JSON mapper (used to test whether a first line is one object), non-null */
  FormatSniffer(ObjectMapper json) {
    this.json = json;
  }

  /** A format decision. */
  record Decision(InputFormat.Kind kind, String basis) {}

  /** The length of {@code head} without a UTF-8 sequence cut at its end. */
  static int validPrefix(byte[] head) {
    int n = head.length;
    for (int k = 1; k <= 3 && n - k >= 0; k++) {
      int b = head[n - k] & 0xFF;
      if (b >= 0xC0) {
        int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        return need > k ? n - k : n;
      }
      if (b < 0x80) {
        return n;
      }
    }
    return n;
  }

  static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n + 1);
    byte[] b = in.readNBytes(n);
    in.reset();
    return b;
  }

  /** A message when the magic bytes name a format casus does not read. */
  static Optional<String> unsupported(byte[] m) {
    if (m.length >= 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4) {
      return Optional.of("a zip archive; unpack it and give its files or directory");
    }
    if (m.length >= 3 && m[0] == 'B' && m[1] == 'Z' && m[2] == 'h') {
      return Optional.of("a bzip2 stream; decompress it (bzcat) or use gzip");
    }
    if (m.length >= 6 && (m[0] & 0xFF) == 0xFD && m[1] == '7' && m[2] == 'z' && m[3] == 'X' && m[4] == 'Z') {
      return Optional.of("an xz stream; decompress it (xzcat) or use gzip");
    }
    if (m.length >= 5 && m[0] == '%' && m[1] == 'P' && m[2] == 'D' && m[3] == 'F' && m[4] == '-') {
      return Optional.of("a PDF document; extract its text first");
    }
    return Optional.empty();
  }

  /** The format of an input by content, then name. See the class comment. */
  Decision decide(String lowerName, String head) {
    int i = 0;
    while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '\uFEFF')) {
      i++;
    }
    char first = i < head.length() ? head.charAt(i) : ' ';
    boolean namedText = lowerName.endsWith(".txt") || lowerName.endsWith(".text");
    boolean namedHtml = lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml");
    if (first == '{') {
      if (!(namedText || namedHtml) || firstLineIsObject(head.substring(i))) {
        return new Decision(InputFormat.Kind.JSON_LINES, "first character '{'");
      }
    }
    if (first == '[') {
      int k = i + 1;
      while (k < head.length() && Character.isWhitespace(head.charAt(k))) {
        k++;
      }
      if (k < head.length() && (head.charAt(k) == '{' || head.charAt(k) == ']')) {
        return new Decision(InputFormat.Kind.JSON_ARRAY, "first characters '[{'");
      }
    }
    if (first == '<' && HTML_TAG_START.matcher(head.substring(i, Math.min(head.length(), i + 64))).find()) {
      return new Decision(InputFormat.Kind.HTML, "markup at the start");
    }
    var anywhere = HTML_TAG_ANYWHERE.matcher(head);
    if (anywhere.find()) {
      return new Decision(InputFormat.Kind.HTML, "markup <" + anywhere.group(1).toLowerCase(Locale.ROOT) + ">");
    }
    if (namedHtml) {
      return new Decision(InputFormat.Kind.HTML, "named " + lowerName.substring(lowerName.lastIndexOf('.')));
    }
    if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson")) {
      return new Decision(InputFormat.Kind.JSON_LINES, "named " + lowerName.substring(lowerName.lastIndexOf('.')));
    }
    return new Decision(InputFormat.Kind.TEXT, first == ' ' && i >= head.length() ? "empty" : "no markup or JSON");
  }

  /** True when the format is what the (lower-case, .gz-stripped) name says. */
  static boolean expected(String lowerName, InputFormat.Kind kind) {
    return switch (kind) {
      case JSON_LINES -> lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson");
      case JSON_ARRAY -> lowerName.endsWith(".json");
      case HTML -> lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml");
      case TEXT -> lowerName.endsWith(".txt") || lowerName.endsWith(".text");
    };
  }

  private boolean firstLineIsObject(String text) {
    int end = 0;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    try {
      JsonNode n = json.readTree(text.substring(0, end));
      return n != null && n.isObject();
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
