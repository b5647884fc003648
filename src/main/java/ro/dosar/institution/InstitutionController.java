package ro.dosar.institution;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/institutions}: the caller's institutions (every one for administrators). */
@RestController
@RequestMapping("/api/institutions")
class InstitutionController {

  private final InstitutionRepository institutions;
  private final InstitutionScope scope;

  InstitutionController(InstitutionRepository institutions, InstitutionScope scope) {
    this.institutions = institutions;
    this.scope = scope;
  }

  @GetMapping
  List<Institution> list() {
    return institutions.findAll().stream().filter(i -> scope.allows(i.code())).toList();
  }
}
