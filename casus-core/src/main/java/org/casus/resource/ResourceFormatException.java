package org.casus.resource;

/**
 * A bundled or user-supplied data file is not in the expected format. The message names the file,
 * the line (1-based, 0 when the whole file is at fault) and what was expected.
 */
public class ResourceFormatException extends Exception {
  private final String file;
  private final int line;

  public ResourceFormatException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
    this.file = file;
    this.line = line;
  }

  public ResourceFormatException(String file, int line, String message, Throwable cause) {
    super(file + ":" + line + ": " + message, cause);
    this.file = file;
    this.line = line;
  }

  /** The file at fault, as named to the loader. */
  public String file() {
    return file;
  }

  /** 1-based line number, 0 when the whole file is at fault. */
  public int line() {
    return line;
  }
}
