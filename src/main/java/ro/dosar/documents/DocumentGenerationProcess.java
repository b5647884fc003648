package ro.dosar.documents;

/**
 * Contract of the process {@value #KEY}
 * ({@code bpmn/documents/document-generation.bpmn}):
 * its key, the ids of the elements code and tests refer to, its message names and the names
 * of its variables and form fields. {@code ProcessContractTest} fails when the model or one of
 * its forms uses a name that is not here.
 */
public final class DocumentGenerationProcess {

  /** Process key (the model's process id). */
  public static final String KEY = "documentGeneration";

  private DocumentGenerationProcess() {
  }

  /** Ids of the model's elements, grouped by kind, with their Romanian names. */
  public static final class Elements {

    private Elements() {
    }
  }

  /** Names of the variables: those the model reads or writes, then those only its forms set. */
  public static final class Variables {
    // Set by code only
    /** Argumentele metodei, într-un singur text. */
    public static final String DOCUMENT_ARGUMENTS = "documentArguments";
    /** Componenta care produce documentul cerut. */
    public static final String DOCUMENT_BEAN = "documentBean";
    /** Documentul se face din variabilele copiate de la pasul care l-a cerut. */
    public static final String DOCUMENT_FROM_VARIABLES = "documentFromVariables";
    /** Metoda care produce documentul cerut. */
    public static final String DOCUMENT_METHOD = "documentMethod";

    private Variables() {
    }
  }
}
