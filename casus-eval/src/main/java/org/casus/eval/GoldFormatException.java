package org.casus.eval;

import org.casus.resource.ResourceFormatException;

/**
 * A gold file is not in the expected format (see {@code ../shared/eval/SCORING.md}, "Gold formats").
 * The message names the file, the line (1-based, 0 when the whole file is at fault) and what was
 * expected; {@link #file()} and {@link #line()} as for any {@link ResourceFormatException}.
 */
public class GoldFormatException extends ResourceFormatException {
  public GoldFormatException(String file, int line, String message) {
    super(file, line, message);
  }

  public GoldFormatException(String file, int line, String message, Throwable cause) {
    super(file, line, message, cause);
  }
}
