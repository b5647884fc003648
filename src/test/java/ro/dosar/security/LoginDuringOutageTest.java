package ro.dosar.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * A password that could not be checked because the database is unreachable is not a wrong
 * password (issue 20): the login's entry point answers 503 with Retry-After, not 401.
 */
class LoginDuringOutageTest {

  @Test
  void passwordCheckWithoutDatabase_answers503() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    ProblemResponses.unauthorized().commence(new MockHttpServletRequest(), response,
        new InternalAuthenticationServiceException("identity", new ProcessEngineException(
            "ENGINE-03004", new PersistenceException(
            new SQLException("Connection is closed", "08003")))));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("30");
    assertThat(response.getHeader("WWW-Authenticate")).isNull();
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("Baza de date nu răspunde");
  }

  @Test
  void wrongPassword_staysA401() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();

    ProblemResponses.unauthorized().commence(new MockHttpServletRequest(), response,
        new BadCredentialsException("Utilizator sau parolă greșită."));

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeader("Retry-After")).isNull();
  }
}
