package org.casus.eval;

import java.nio.file.Path;
import org.casus.nlp.SentenceParser;

/** Development access to {@link CachedParser} from other test packages. */
public final class CachedParserAccess {
  private final CachedParser parser;

  public CachedParserAccess(Path file) {
    this.parser = new CachedParser(file);
  }

  public SentenceParser parser() {
    return parser;
  }
}
