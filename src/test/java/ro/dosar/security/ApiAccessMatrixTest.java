package ro.dosar.security;

import ro.dosar.support.DosarTest;

/** {@link ApiAccessMatrix} against the demo application on H2. */
@DosarTest
class ApiAccessMatrixTest extends ApiAccessMatrix {
}
