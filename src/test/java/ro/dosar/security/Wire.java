package ro.dosar.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand over a socket, as an attacker would send it: any method, any path
 * (with {@code ..}, {@code %2F}, control characters), any body and content type, and from a chosen
 * loopback address (127.0.0.2, 127.0.0.3, …) so that per-address counting can be seen.
 */
final class Wire {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final String from;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private Wire(int port, String from) {
    this.port = port;
    this.from = from;
  }

  static Wire to(int port) {
    return new Wire(port, "127.0.0.1");
  }

  Wire from(String address) {
    Wire wire = new Wire(port, address);
    wire.headers.putAll(headers);
    return wire;
  }

  Wire as(String user, String password) {
    return header("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  Wire header(String name, String value) {
    Wire wire = new Wire(port, from);
    wire.headers.putAll(headers);
    wire.headers.put(name, value);
    return wire;
  }

  Answer get(String path) {
    return send("GET", path, null, null);
  }

  Answer json(String method, String path, String body) {
    return send(method, path, "application/json", body);
  }

  Answer form(String path, String body) {
    return send("POST", path, "application/x-www-form-urlencoded", body);
  }

  /** The body in chunks of 64 KB, without a declared length. */
  Answer chunked(String method, String path, String contentType, String body) {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(60_000);
      StringBuilder head = new StringBuilder()
          .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
          .append("Host: localhost:").append(port).append("\r\n")
          .append("Connection: close\r\n")
          .append("Content-Type: ").append(contentType).append("\r\n")
          .append("Transfer-Encoding: chunked\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value)
          .append("\r\n"));
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      try {
        for (int at = 0; at < content.length; at += 65536) {
          int size = Math.min(65536, content.length - at);
          out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(content, at, size);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException refusedWhileSending) {
        // The server answered before reading it all: read its answer.
      }
      return Answer.read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Answer send(String method, String path, String contentType, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(60_000);
      StringBuilder head = new StringBuilder()
          .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
          .append("Host: localhost:").append(port).append("\r\n")
          .append("Connection: close\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value)
          .append("\r\n"));
      if (contentType != null) {
        head.append("Content-Type: ").append(contentType).append("\r\n");
      }
      if (body != null || !method.equals("GET")) {
        head.append("Content-Length: ").append(content.length).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      try {
        out.write(content);
        out.flush();
      } catch (IOException refusedWhileSending) {
        // The server answered (a body over the limit, by its declared length) and closed before
        // reading it all: read its answer.
      }
      return Answer.read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A response: status, headers (names lower case, repeated ones joined by "\n"), body. */
  record Answer(int status, Map<String, String> headers, List<String> setCookies, String body) {

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
      }
    }

    static Answer read(InputStream in) throws IOException {
      byte[] all = in.readAllBytes();
      String text = new String(all, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      String[] lines = text.substring(0, end).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      List<String> cookies = new java.util.ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = lines[i].substring(colon + 1).trim();
        headers.merge(name, value, (a, b) -> a + "\n" + b);
        if (name.equals("set-cookie")) {
          cookies.add(value);
        }
      }
      byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        rest = dechunk(rest);
      }
      return new Answer(status, headers, cookies, new String(rest, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int at = 0;
      while (at < chunked.length) {
        int lineEnd = at;
        while (lineEnd + 1 < chunked.length
            && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
          lineEnd++;
        }
        String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1)
            .split(";")[0].trim();
        int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
        if (size == 0) {
          break;
        }
        out.write(chunked, lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
      }
      return out.toByteArray();
    }
  }
}
