package ro.dosar.tasklist;

import java.util.Optional;

/**
 * What a procedure calls one of its cases in a task's name, after the business key: a contest's
 * post ("Inspector de specialitate"). A procedure offers a bean of this type for the business keys
 * it owns; a case no bean names is shown by its business key alone. The title never names a
 * candidate or a person under investigation: task names are read in lists by every member of a
 * group.
 */
public interface CaseTitle {

  /** The case's title, or empty when the business key is not one of this procedure's. */
  Optional<String> titleOf(String businessKey);
}
