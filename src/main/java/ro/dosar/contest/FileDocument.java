package ro.dosar.contest;

/**
 * The documents of a candidate's file, spec §7.1 (PO.UVT-DRU-01 §8.1.4(1)). The form key of each
 * is {@code doc} + its letter ({@code docA} … {@code docK}).
 */
public enum FileDocument {
  A("Cerere de înscriere (Anexa 3), înregistrată", true),
  B("Act de identitate valabil", true),
  C("Certificat de căsătorie sau alt act de schimbare a numelui", false),
  D("Acte de studii, de specializare și privind condițiile specifice", true),
  E("Carnet de muncă sau adeverințe de vechime", true),
  F("Cazier judiciar sau declarație pe propria răspundere", true),
  G("Adeverință medicală (emisă cu cel mult 6 luni înainte)", true),
  H("Certificat de integritate comportamentală", true),
  I("Curriculum vitae (Europass)", true),
  J("Alte documente cerute prin propunere", false),
  K("Certificat de încadrare în grad de handicap", false);

  private final String label;
  private final boolean required;

  FileDocument(String label, boolean required) {
    this.label = label;
    this.required = required;
  }

  public String label() {
    return label;
  }

  /** Required in every file; the others only where they apply (name change, disability, …). */
  public boolean required() {
    return required;
  }

  /** The form field and process variable that says whether the file contains it. */
  public String formKey() {
    return "doc" + name();
  }
}
