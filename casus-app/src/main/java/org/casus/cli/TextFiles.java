package org.casus.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.actors.UserActors;
import org.casus.ingest.TextDecoder;
import org.casus.ingest.TextNormalizer;

/**
 * The user's own files besides articles (actor files, gold files) read with the same decoding as
 * articles ({@link TextDecoder}: UTF-8 with or without a byte-order mark, UTF-16 with a mark, else
 * windows-1252; CR, CRLF and LF line ends), and the warnings an actor file's names call for.
 */
final class TextFiles {
  private TextFiles() {
  }

  /**
   * English function words, which are no actor's name: a row named so would match the word
   * everywhere (the list of {@link org.casus.ingest.EnglishCheck} and a few more).
   */
  static final Set<String> COMMON_WORDS = Set.of(("the a an and or of to in on at by for with from as is are was"
      + " were be been it its he she they we you his her their our this that these those who which what there here"
      + " not no but if all any some has have had will would than into over about also more against during when"
      + " while after").split(" "));

  /**
   * A user actor file read in whatever encoding it has.
   *
   * @param actors the parsed file
   * @param note one line for the user when the file was not plain UTF-8 with LF line ends (how it
   *     was read), else empty
   */
  record ActorFile(UserActors actors, Optional<String> note) {}

  /**
   * Reads a user actor file: decodes it ({@link TextDecoder}) and parses it
   * ({@link UserActors#parse}); a file in UTF-8 with LF or CRLF line ends is parsed from its own
   * bytes (so its checksum in the events' provenance is the file's).
   *
   * @throws IOException if it cannot be read, or is binary (the message names the byte offset)
   */
  static ActorFile readActorFile(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    TextDecoder.Outcome o = TextDecoder.decodeAll(bytes, bytes.length);
    if (o instanceof TextDecoder.Binary b) {
      throw new IOException(file + " is not a text file: " + b.message());
    }
    TextDecoder.Decoded d = (TextDecoder.Decoded) o;
    boolean utf8 = d.charset().equals(StandardCharsets.UTF_8);
    boolean loneCr = d.text().replace("\r\n", "\n").indexOf('\r') >= 0;
    if (utf8 && !loneCr) {
      return new ActorFile(UserActors.parse(file.toString(), bytes), Optional.empty());
    }
    String text = TextNormalizer.normalize(d.text());
    String how = file + ": read as " + d.charset().name()
        + (utf8 ? "" : " (" + notUtf8Detail(bytes) + ")") + (loneCr ? ", with CR line ends" : "");
    return new ActorFile(UserActors.parse(file.toString(), text.getBytes(StandardCharsets.UTF_8)), Optional.of(how));
  }

  /**
   * Warnings for actor names that would match far more than the actor: common English words
   * ({@link #COMMON_WORDS}) and names of fewer than three letters.
   */
  static List<UserActors.Problem> nameWarnings(String file, UserActors actors) {
    List<UserActors.Problem> out = new ArrayList<>();
    for (UserActors.Entry e : actors.entries()) {
      List<String> names = new ArrayList<>();
      names.add(e.name());
      names.addAll(e.aliases());
      for (String n : names) {
        String s = n.strip();
        long letters = s.codePoints().filter(Character::isLetter).count();
        if (COMMON_WORDS.contains(s.toLowerCase(Locale.ROOT))) {
          out.add(new UserActors.Problem(file, e.line(), UserActors.Severity.WARNING, "name '" + s
              + "' is a common English word: it would code every '" + s + "' in the text as " + e.code()));
        } else if (letters < 3) {
          out.add(new UserActors.Problem(file, e.line(), UserActors.Severity.WARNING, "name '" + s
              + "' has fewer than three letters: it would match far more than this actor"));
        }
      }
    }
    return out;
  }

  /**
   * Why a file that should be UTF-8 is not, for a message: {@code "byte 1234 (line 5) is not valid
   * UTF-8; the file looks like windows-1252 (Latin-1)"}, or empty when it is valid UTF-8.
   *
   * @throws IOException if it cannot be read
   */
  static Optional<String> notUtf8(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (TextDecoder.firstInvalidUtf8(bytes, bytes.length) < 0) {
      return Optional.empty();
    }
    return Optional.of(notUtf8Detail(bytes));
  }

  private static String notUtf8Detail(byte[] bytes) {
    long at = TextDecoder.firstInvalidUtf8(bytes, bytes.length);
    if (at < 0) {
      return "valid UTF-8";
    }
    int line = 1;
    for (int i = 0; i < at && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    Optional<TextDecoder.Encoding> e = TextDecoder.announced(bytes, bytes.length);
    String looks = e.map(x -> x.charset().name()).orElse("windows-1252 (Latin-1)");
    return "byte " + at + " (line " + line + ") is not valid UTF-8; the file looks like " + looks;
  }
}
