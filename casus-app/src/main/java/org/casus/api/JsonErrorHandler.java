package org.casus.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to what it refuses before the API sees it (an ambiguous or dot-dot path, a request
 * line too long, a malformed request), as the API's JSON error {@code {"error": ..., "field": ""}}
 * instead of Jetty's HTML page. Never a stack trace. Thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {
  static byte[] body(int code, String message) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    String reason = HttpStatus.getMessage(code);
    String m = message == null || message.isBlank() ? reason : message;
    o.put("error", m.replaceAll("\\s+", " ").trim());
    o.put("field", "");
    return o.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
    return ByteBuffer.wrap(body(status, reason));
  }
}
