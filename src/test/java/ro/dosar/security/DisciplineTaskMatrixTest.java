package ro.dosar.security;

import ro.dosar.support.DosarTest;

/** {@link DisciplineTaskMatrix} against the demo application on H2. */
@DosarTest
class DisciplineTaskMatrixTest extends DisciplineTaskMatrix {
}
