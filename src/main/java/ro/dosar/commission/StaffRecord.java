package ro.dosar.commission;

import java.time.LocalDate;
import ro.dosar.gender.Gender;

/**
 * The whole HR master record of an employee in {@code staff_member}: what the commission rules
 * need ({@link StaffMember}) and what the gender equality plan's staff statistics count (spec
 * gender-equality-plan §9 {@code Employee}: gender, category, leadership level, period on staff).
 *
 * @param gender           FEMALE or MALE as the personnel records give it; {@code null}: not yet
 *                         recorded (the employee is then counted apart in the monitoring report)
 * @param employeeCategory {@code CIVIL_SERVANT} or {@code CONTRACTUAL}; {@code null}: unknown
 * @param leadershipLevel  {@code EXECUTION}, {@code HEAD_OF_SERVICE}, {@code EXECUTIVE_DIRECTOR}
 *                         or {@code DIRECTOR_GENERAL}; {@code null}: unknown
 * @param activeFrom       first day on staff; {@code null}: on staff since before Dosar
 * @param activeTo         last day on staff; {@code null}: still on staff
 */
public record StaffRecord(String userId, String fullName, String department,
    boolean leadershipPost, boolean unerasedSanction, Gender gender, String employeeCategory,
    String leadershipLevel, LocalDate activeFrom, LocalDate activeTo) {
}
