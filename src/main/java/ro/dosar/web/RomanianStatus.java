package ro.dosar.web;

/** The Romanian title and text of an HTTP refusal that no endpoint worded itself. */
public record RomanianStatus(String title, String detail) {

  public static RomanianStatus of(int status) {
    return switch (status) {
      case 400 -> new RomanianStatus("Cerere invalidă",
          "Cererea nu poate fi înțeleasă: verificați adresa, parametrii și corpul ei.");
      case 401 -> new RomanianStatus("Autentificare necesară",
          "Autentificați-vă cu utilizatorul și parola din Dosar.");
      case 403 -> new RomanianStatus("Acces interzis",
          "Utilizatorul autentificat nu are dreptul să acceseze această resursă.");
      case 404 -> new RomanianStatus("Resursă inexistentă",
          "Adresa cerută nu există sau nu aveți dreptul să o vedeți.");
      case 405 -> new RomanianStatus("Metodă neacceptată",
          "Metoda HTTP folosită nu este acceptată la această adresă.");
      case 406 -> new RomanianStatus("Format de răspuns indisponibil",
          "Răspunsul nu poate fi dat în formatul cerut (antetul Accept).");
      case 409 -> new RomanianStatus("Conflict",
          "Operația nu se potrivește cu starea actuală a înregistrării.");
      case 413 -> new RomanianStatus("Cerere prea mare",
          "Cererea depășește dimensiunea acceptată.");
      case 415 -> new RomanianStatus("Tip de conținut neacceptat",
          "Tipul de conținut al cererii nu este acceptat aici; trimiteți application/json.");
      case 429 -> new RomanianStatus("Prea multe încercări",
          "Ați trimis prea multe cereri; încercați din nou mai târziu.");
      case 503 -> new RomanianStatus("Serviciu indisponibil",
          "Serviciul este temporar indisponibil; încercați din nou mai târziu.");
      default -> status >= 500
          ? new RomanianStatus("Eroare internă", "A apărut o eroare neașteptată.")
          : new RomanianStatus("Cerere refuzată", "Cererea nu poate fi îndeplinită.");
    };
  }
}
