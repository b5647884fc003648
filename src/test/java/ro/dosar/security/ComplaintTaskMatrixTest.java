package ro.dosar.security;

import ro.dosar.support.DosarTest;

/** {@link ComplaintTaskMatrix} against the demo application on H2. */
@DosarTest
class ComplaintTaskMatrixTest extends ComplaintTaskMatrix {
}
