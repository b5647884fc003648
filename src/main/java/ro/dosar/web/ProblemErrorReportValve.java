package ro.dosar.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The answer of a request that the servlet container refuses before any of Dosar's code sees it
 * (an encoded slash {@code %2F} in the path, a request line or headers too large, an invalid
 * URI): Romanian {@code application/problem+json} instead of the container's HTML page, with
 * nothing of the cause.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    RomanianStatus text = RomanianStatus.of(status);
    String body = "{\"type\":\"about:blank\",\"title\":\"" + text.title() + "\",\"status\":"
        + status + ",\"detail\":\"" + text.detail() + "\"}";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response is already on its way: nothing more to say.
    }
  }

  /** Puts this valve in place of the container's HTML error report, on the host. */
  @Configuration
  static class Installation implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
      Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(context -> {
        var pipeline = context.getParent().getPipeline();
        for (Valve valve : pipeline.getValves()) {
          if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
            pipeline.removeValve(valve);
          }
        }
        ProblemErrorReportValve valve = new ProblemErrorReportValve();
        valve.setShowReport(false);
        valve.setShowServerInfo(false);
        pipeline.addValve(valve);
      });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
