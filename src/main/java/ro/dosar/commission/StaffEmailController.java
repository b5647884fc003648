package ro.dosar.commission;

import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.institution.InstitutionScope;
import ro.dosar.security.AsSystem;
import ro.dosar.security.CurrentUser;
import ro.dosar.security.RoleGroups;
import ro.dosar.web.InvalidRequestException;
import ro.dosar.web.Problems;
import ro.dosar.web.RequestFields;

/**
 * {@code PUT /api/staff/{userId}/email {"email":"…"}}: HR (and the administrator) keep the
 * e-mail address of a user, where convocations and communications go. A user cannot change his
 * own address from his profile (see {@code IdentityRules}); this is the way it changes. Written
 * as the system, because HR has no right to edit users in the identity service; only for a
 * user of the caller's institution ({@link InstitutionScope}), else 403.
 */
@RestController
@RequestMapping("/api/staff")
public class StaffEmailController {

  /** Something@domain.tld, without spaces; the identity service keeps at most 255 characters. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final IdentityService identityService;
  private final InstitutionScope scope;

  public StaffEmailController(IdentityService identityService, InstitutionScope scope) {
    this.identityService = identityService;
    this.scope = scope;
  }

  public record EmailChange(String email) {
  }

  @PutMapping("/{userId}/email")
  ResponseEntity<?> change(@PathVariable String userId, @RequestBody EmailChange request) {
    if (!CurrentUser.inAnyGroup(RoleGroups.HR, Groups.CAMUNDA_ADMIN)) {
      return Problems.response(HttpStatus.FORBIDDEN, "Acces interzis",
          "Adresele de e-mail ale angajaților le ține la zi Resursele umane.");
    }
    String email = RequestFields.required("email", request == null ? null : request.email(), 254);
    if (!EMAIL.matcher(email).matches()) {
      throw new InvalidRequestException("email",
          "Adresa de e-mail „" + email + "” nu este validă (exemplu: nume@institutie.ro).");
    }
    if (!scope.allowsUser(userId)) {
      return Problems.response(HttpStatus.FORBIDDEN, "Acces interzis",
          "Adresa de e-mail o schimbă Resursele umane ale instituției din care face parte "
              + "utilizatorul; „" + userId + "” nu este din instituția dumneavoastră.");
    }
    return AsSystem.call(identityService, () -> {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      if (user == null) {
        return Problems.response(HttpStatus.NOT_FOUND, "Utilizator inexistent",
            "Nu există utilizatorul „" + userId + "”.");
      }
      user.setEmail(email);
      identityService.saveUser(user);
      return ResponseEntity.ok(Map.of("userId", userId, "email", email));
    });
  }
}
