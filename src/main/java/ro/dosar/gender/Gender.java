package ro.dosar.gender;

/**
 * The two genders of the equality plan, as the personnel records give them ([Meth], spec §7 rule
 * 5), with the names the equality decision tables use.
 */
public enum Gender {
  FEMALE,
  MALE
}
