package ro.dosar.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;
import ro.dosar.institution.InstitutionProperties;

/**
 * Two rules of the engine's identity service, whatever surface calls it (Camunda Admin, a user's
 * profile in the webapps, {@code /engine-rest/user/**}, Dosar's own code):
 * <ul>
 *   <li><b>No engine lockout.</b> The engine would lock a user for good after
 *       {@code loginMaxAttempts} wrong passwords, and delay him after each: anybody who knows a
 *       user id could do that. Both are off here ({@code loginMaxAttempts} = {@link
 *       Integer#MAX_VALUE}, {@code loginDelayMaxTime} = 0); {@link LoginThrottle} delays failed
 *       logins instead, per user and per address, for a limited time.</li>
 *   <li><b>E-mail addresses are kept by HR.</b> A user's e-mail address receives convocations;
 *       only an administrator ({@code camunda-admin}) changes it through the identity service, and
 *       HR through the staff register ({@code PUT /api/staff/{userId}/email}), which writes it as
 *       the system. Anybody else, the user himself included, is refused (403 on the REST API);
 *       the other fields of his profile and his password stay his.</li>
 *   <li>A password refused by the password policy (on in the {@code postgres} profile) is a 400
 *       with the policy's rules in Romanian.</li>
 *   <li><b>One institution, one tenant for all.</b> In an installation that serves a single
 *       institution, a new user becomes a member of its tenant as he is created (every user
 *       belongs to it, and sees its procedures). Where several institutions are configured, an
 *       administrator makes each user a member of his institution's tenant.</li>
 * </ul>
 */
@Component
public class IdentityRules extends AbstractProcessEnginePlugin {

  static final String EMAIL_REFUSED = "Adresa de e-mail a unui utilizator o modifică Resursele "
      + "umane, prin evidența de personal, sau administratorul; nu poate fi schimbată din profil.";

  static final String WEAK_PASSWORD = "Parola nu respectă politica de parole: cel puțin 10 "
      + "caractere, cu cel puțin o literă mică, o literă mare, o cifră și un caracter special, "
      + "fără identificatorul, numele sau prenumele utilizatorului.";

  private final InstitutionProperties institutions;

  IdentityRules(InstitutionProperties institutions) {
    this.institutions = institutions;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayMaxTime(0);
    String soleTenant = institutions.institutions().size() == 1
        ? institutions.defaultTenant() : null;
    configuration.setIdentityProviderSessionFactory(
        new GenericManagerFactory(HrKeptEmailIdentityProvider.class) {
          @Override
          public Session openSession() {
            return new HrKeptEmailIdentityProvider(soleTenant);
          }
        });
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new WeakPasswordRefusal());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /**
   * A password against the policy (the {@code postgres} profile's) is the client's mistake: a
   * {@link BadUserRequestException} (400 on the REST API) that says in Romanian what a password
   * needs, instead of the engine's generic error.
   */
  static class WeakPasswordRefusal extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        if (command instanceof SaveUserCmd && !(e instanceof BadUserRequestException)
            && "Password does not match policy".equals(e.getMessage())) {
          throw new BadUserRequestException(WEAK_PASSWORD);
        }
        throw e;
      }
    }
  }

  /** The engine's database identity provider, with the e-mail rule on every update of a user. */
  public static class HrKeptEmailIdentityProvider extends DbIdentityServiceProvider {

    private final String soleTenant;

    public HrKeptEmailIdentityProvider() {
      this(null);
    }

    /** @param soleTenant the tenant of the installation's only institution, or null */
    public HrKeptEmailIdentityProvider(String soleTenant) {
      this.soleTenant = soleTenant;
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
      boolean created = ((UserEntity) user).getRevision() == 0;
      IdentityOperationResult result = saveCheckingEmail(user);
      if (created && soleTenant != null
          && IdentityOperationResult.OPERATION_CREATE.equals(result.getOperation())) {
        // Whoever may create users makes them members of the one institution.
        Context.getCommandContext().runWithoutAuthorization(() -> {
          if (findTenantById(soleTenant) != null) {
            createTenantUserMembership(soleTenant, user.getId());
          }
          return null;
        });
      }
      return result;
    }

    private IdentityOperationResult saveCheckingEmail(User user) {
      UserEntity entity = (UserEntity) user;
      if (entity.getRevision() != 0 && !mayChangeEmail()) {
        UserEntity stored = (UserEntity) getDbSqlSession().selectOne("selectUser",
            entity.getId());
        if (stored != null && !Objects.equals(normalised(stored.getEmail()),
            normalised(entity.getEmail()))) {
          throw new AuthorizationException(EMAIL_REFUSED);
        }
      }
      return super.saveUser(user);
    }

    /** The system (no user, or checks off) and administrators. */
    private static boolean mayChangeEmail() {
      CommandContext context = Context.getCommandContext();
      Authentication authentication = context.getAuthentication();
      return authentication == null || authentication.getUserId() == null
          || !context.isAuthorizationCheckEnabled()
          || context.getAuthorizationManager().isCamundaAdmin(authentication);
    }

    private static String normalised(String email) {
      return email == null || email.isBlank() ? null : email.strip();
    }
  }
}
