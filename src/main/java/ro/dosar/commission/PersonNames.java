package ro.dosar.commission;

/**
 * How messages name a person given by user id: by his name, the way people know him. The
 * application's one implementation is {@link StaffDirectory} (the staff register, then the
 * account); the commission rules ask it for every person they name.
 */
@FunctionalInterface
public interface PersonNames {

  /** The person's name; the user id itself only when nobody by that id has a name. */
  String name(String userId);
}
