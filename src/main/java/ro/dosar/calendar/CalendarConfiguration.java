package ro.dosar.calendar;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@link CalendarProperties}; the calendar beans are found by the component scan. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

  /** "Now" for the whole application: the process engine's clock, in the calendar's zone. */
  @Bean
  @ConditionalOnMissingBean(Clock.class)
  Clock engineClock(CalendarProperties properties) {
    return new EngineClock(properties.zone());
  }
}
