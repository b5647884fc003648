package ro.dosar.security;

import ro.dosar.support.DosarTest;

/** {@link EvaluationTaskMatrix} against the demo application on H2. */
@DosarTest
class EvaluationTaskMatrixTest extends EvaluationTaskMatrix {
}
