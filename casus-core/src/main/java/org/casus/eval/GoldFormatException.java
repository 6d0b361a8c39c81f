package org.casus.eval;

/**
 * A gold file is not in the expected format (see {@code ../shared/eval/SCORING.md}, "Gold formats").
 * The message names the file, the line (1-based, 0 when the whole file is at fault) and what was
 * expected.
 */
public class GoldFormatException extends Exception {
  private final String file;
  private final int line;

  public GoldFormatException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
    this.file = file;
    this.line = line;
  }

  public GoldFormatException(String file, int line, String message, Throwable cause) {
    super(file + ":" + line + ": " + message, cause);
    this.file = file;
    this.line = line;
  }

  /** The gold file at fault, as named to the loader. */
  public String file() {
    return file;
  }

  /** 1-based line number, 0 when the whole file is at fault. */
  public int line() {
    return line;
  }
}
