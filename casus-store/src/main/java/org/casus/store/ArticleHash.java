package org.casus.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.casus.model.Article;

/**
 * The content hash that makes ingest idempotent: SHA-256 (FIPS 180-4) over everything the store
 * keeps of an article and everything coding reads: publication date, title, text, outlet and URL,
 * each field length-prefixed so that no two different articles share an input to the digest.
 *
 * <p>Same id and same hash: the article is unchanged and is not coded again. Same id, other hash: the
 * article changed, and its events are replaced. Thread-safe.
 */
public final class ArticleHash {
  private ArticleHash() {
  }

  /** The hash as 64 lower-case hex digits. */
  public static String of(Article a) {
    MessageDigest d;
    try {
      d = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e); // every Java SE has it
    }
    field(d, a.publicationDate().map(Object::toString).orElse(""));
    field(d, a.title());
    field(d, a.text());
    field(d, a.source());
    field(d, a.url());
    return HexFormat.of().formatHex(d.digest());
  }

  private static void field(MessageDigest d, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
    d.update(b);
  }
}
