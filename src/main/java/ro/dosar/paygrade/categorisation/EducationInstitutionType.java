package ro.dosar.paygrade.categorisation;

/**
 * Rows of Table 1 of Annex 1 pt. 2 subpt. 1) to GD 1231/2018 that the 2020 amendment touches
 * (spec §2.1, §2.2). Only {@link #PRIMARY_EDUCATION} has thresholds in the amendment; the other
 * two rows only got a new first column, and their thresholds stay in the consolidated GD
 * 1231/2018, outside this application for now.
 */
public enum EducationInstitutionType {

  /** Position 2: primary education institutions, primary school–kindergartens. */
  PRIMARY_EDUCATION,
  /** Position 7: general secondary education (cycles I and II), boarding lyceums,
   * gymnasium–kindergartens, without a profile. */
  GENERAL_SECONDARY_NO_PROFILE,
  /** Position 8: general secondary education (cycles I and II), boarding lyceums, with a
   * culture, art and sport profile. */
  GENERAL_SECONDARY_CULTURE_ART_SPORT
}
