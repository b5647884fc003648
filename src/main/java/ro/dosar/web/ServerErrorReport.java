package ro.dosar.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What the servlet container answers by itself, for a request it refuses before Dosar sees it
 * (request line or headers over its 8 KB limit, a malformed request line): Romanian
 * {@code application/problem+json} instead of Tomcat's HTML page, with neither a stack trace nor
 * the server's name and version. Tomcat's error report valve of the host is replaced by
 * {@link ProblemReportValve}; errors that reach Dosar keep their own answers.
 */
@Component
public class ServerErrorReport
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  static final String REFUSED_BEFORE_READING = "Serverul a refuzat cererea înainte de a o "
      + "citi: linia de cerere sau antetele ei depășesc limita de 8 KB sau nu sunt valide.";

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      Container host = context.getParent();
      for (Valve valve : host.getPipeline().getValves()) {
        if (valve instanceof ErrorReportValve) {
          host.getPipeline().removeValve(valve);
        }
      }
      if (host instanceof StandardHost standard) {
        standard.setErrorReportValveClass(ProblemReportValve.class.getName());
      }
    });
  }

  /** After Spring Boot's own customizer, which installs Tomcat's valve. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** Tomcat's error report, as Romanian problem+json. */
  public static class ProblemReportValve extends ErrorReportValve {

    public ProblemReportValve() {
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      RomanianStatus text = RomanianStatus.of(status);
      String detail = status == 400 && request.getMappingData().context == null
          ? REFUSED_BEFORE_READING : text.detail();
      String body = "{\"type\":\"about:blank\",\"title\":\"" + text.title() + "\",\"status\":"
          + status + ",\"detail\":\"" + detail + "\"}";
      try {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(body);
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // The connection is gone or the response was already sent: nothing more to say.
      }
    }
  }
}
