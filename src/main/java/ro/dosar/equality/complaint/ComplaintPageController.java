package ro.dosar.equality.complaint;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page of the anonymised online form ({@code /plangeri}, Romanian, no login): it
 * sends the complaint and asks for its follow-up through {@link PublicComplaintController}.
 */
@Controller
class ComplaintPageController {

  @GetMapping("/plangeri")
  String form() {
    return "plangeri/formular";
  }
}
