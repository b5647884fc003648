package ro.dosar.equality.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The indicators of the plan (spec §4) the tracker lists: those Dosar computes from its records
 * and, as informational "n/a", those kept outside Dosar (surveys, registers, decisions).
 */
final class Indicators {

  private Indicators() {
  }

  /** Computed from Dosar's records: id → Romanian label. */
  static final Map<String, String> COMPUTED = new LinkedHashMap<>();
  /** Kept outside Dosar: id → Romanian label. */
  static final Map<String, String> NOT_RECORDED = new LinkedHashMap<>();

  static {
    COMPUTED.put("IND-1.2a", "Rapoarte anuale de progres publicate în an");
    COMPUTED.put("IND-3.2a", "Indicatori monitorizați");
    COMPUTED.put("IND-3.3c", "Indicatori cu ținta atinsă");
    COMPUTED.put("IND-4.1a", "Sesiuni de formare generală privind egalitatea de șanse");
    COMPUTED.put("IND-4.1b", "Personal instruit în an (formare generală)");
    COMPUTED.put("IND-4.2", "Ateliere specializate ținute de la începutul planului");
    COMPUTED.put("IND-6.1b", "Ponderea fiecărui gen în funcțiile de conducere");
    COMPUTED.put("IND-7.1b", "Structura pe gen a candidaților și a noilor angajați");
    COMPUTED.put("IND-7.2a", "Participarea la formarea profesională pe gen (DMN-3)");
    COMPUTED.put("IND-9.2b", "Sesizări primite și soluționate (numai statistic)");
    COMPUTED.put("IND-9.3a", "Sesiuni dedicate prevenirii hărțuirii");

    NOT_RECORDED.put("IND-1.1a", "Planul publicat pe site");
    NOT_RECORDED.put("IND-1.1b", "Comunicări interne despre plan");
    NOT_RECORDED.put("IND-1.2b", "Feedback de la personal și public");
    NOT_RECORDED.put("IND-2.1a", "Decizia de constituire a GLEG");
    NOT_RECORDED.put("IND-2.1b", "Ședințe GLEG în an");
    NOT_RECORDED.put("IND-2.1c", "Procese-verbale ale ședințelor GLEG");
    NOT_RECORDED.put("IND-2.2a", "Numirea responsabilului cu egalitatea de șanse");
    NOT_RECORDED.put("IND-2.2b", "Rapoarte semestriale către conducere");
    NOT_RECORDED.put("IND-2.3a", "Fonduri alocate în buget (≥ 0,5%)");
    NOT_RECORDED.put("IND-2.3b", "Execuția bugetară pe acțiuni de gen");
    NOT_RECORDED.put("IND-3.1", "Raportul de diagnoză finalizat");
    NOT_RECORDED.put("IND-3.2b", "Baza de date actualizată");
    NOT_RECORDED.put("IND-3.3a", "Raportul de evaluare intermediară 2028");
    NOT_RECORDED.put("IND-3.3b", "Raportul de evaluare finală 2029");
    NOT_RECORDED.put("IND-4.3a", "Campanii de informare pe semestru");
    NOT_RECORDED.put("IND-4.3b", "Cunoașterea politicii anti-hărțuire (sondaj)");
    NOT_RECORDED.put("IND-5.1a", "Procedura de program flexibil aprobată");
    NOT_RECORDED.put("IND-5.1b", "Angajați care folosesc programul flexibil, pe gen");
    NOT_RECORDED.put("IND-5.2a", "Facilități pentru angajații cu responsabilități de îngrijire");
    NOT_RECORDED.put("IND-5.2b", "Satisfacția personalului (sondaj anual)");
    NOT_RECORDED.put("IND-5.3a", "Referiri la echilibrul viață profesională – viață privată");
    NOT_RECORDED.put("IND-5.3b", "Feedback calitativ (evaluarea climatului)");
    NOT_RECORDED.put("IND-6.1a", "Raportul de analiză a funcțiilor de conducere");
    NOT_RECORDED.put("IND-6.2a", "Proceduri de concurs actualizate");
    NOT_RECORDED.put("IND-6.2b", "Feedback-ul candidaților privind corectitudinea");
    NOT_RECORDED.put("IND-6.3a", "Programul de mentorat lansat");
    NOT_RECORDED.put("IND-6.3b", "Perechi mentor–mentorat");
    NOT_RECORDED.put("IND-6.3c", "Femei promovate ulterior în funcții de conducere");
    NOT_RECORDED.put("IND-7.1a", "Politica de recrutare adoptată");
    NOT_RECORDED.put("IND-7.2b", "Feedback privind accesul la formare (sondaj)");
    NOT_RECORDED.put("IND-7.3a", "Ghiduri de evaluare actualizate");
    NOT_RECORDED.put("IND-7.3b", "Angajați care au discutat un plan de carieră");
    NOT_RECORDED.put("IND-7.3c", "Percepția corectitudinii promovării (sondaj)");
    NOT_RECORDED.put("IND-8.1a", "Raportul de evaluare a programelor din perspectiva de gen");
    NOT_RECORDED.put("IND-8.1b", "Acțiuni modificate în urma evaluării");
    NOT_RECORDED.put("IND-8.2", "Proiecte noi cu analiză de impact de gen");
    NOT_RECORDED.put("IND-8.3a", "Materiale revizuite");
    NOT_RECORDED.put("IND-8.3b", "Feedback de la parteneri");
    NOT_RECORDED.put("IND-9.1a", "Procedura anti-hărțuire revizuită");
    NOT_RECORDED.put("IND-9.1b", "Angajați informați despre politica anti-hărțuire");
    NOT_RECORDED.put("IND-9.2a", "Canalul confidențial de sesizare");
    NOT_RECORDED.put("IND-9.3b", "Cunoașterea procedurilor de sesizare (sondaj)");
    NOT_RECORDED.put("IND-9.4", "Campanii și acțiuni comunitare");
  }
}
