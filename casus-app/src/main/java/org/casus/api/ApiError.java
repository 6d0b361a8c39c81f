package org.casus.api;

/**
 * A request the API refuses: its HTTP status (4xx, or 503 when the server is busy), a one-line
 * message and the request field at fault ({@code ""} when none). The server answers it as
 * {@code {"error": message, "field": field}}.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String field;

  /**
   * @param status the HTTP status
   * @param field the query parameter, path parameter or body field at fault, {@code ""} when none
   * @param message one line saying what is wrong and what is allowed
   */
  public ApiError(int status, String field, String message) {
    super(message, null, false, false);
    this.status = status;
    this.field = field == null ? "" : field;
  }

  /** A 400 Bad Request for {@code field}. */
  public static ApiError bad(String field, String message) {
    return new ApiError(400, field, message);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The field at fault, {@code ""} when none. */
  public String field() {
    return field;
  }
}
