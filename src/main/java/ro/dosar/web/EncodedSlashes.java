package ro.dosar.web;

import org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An encoded slash ({@code %2F}) in a path is left as it is by the servlet container, so that
 * Spring Security's firewall refuses it with Dosar's Romanian problem+json 400 (instead of the
 * container refusing it with an HTML page). It is never decoded into a path separator.
 */
@Configuration
public class EncodedSlashes {

  @Bean
  TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
    return connector -> connector.setEncodedSolidusHandling("passthrough");
  }
}
