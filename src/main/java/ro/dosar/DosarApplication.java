package ro.dosar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DosarApplication {

  public static void main(String[] args) {
    SpringApplication.run(DosarApplication.class, args);
  }
}
