package ro.dosar.institution;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/institutions}: the institutions of this installation. */
@RestController
@RequestMapping("/api/institutions")
class InstitutionController {

  private final InstitutionRepository institutions;

  InstitutionController(InstitutionRepository institutions) {
    this.institutions = institutions;
  }

  @GetMapping
  List<Institution> list() {
    return institutions.findAll();
  }
}
