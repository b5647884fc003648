package ro.dosar.security;

import ro.dosar.support.DosarTest;

/** {@link FunctionCycleTaskMatrix} against the demo application on H2. */
@DosarTest
class FunctionCycleTaskMatrixTest extends FunctionCycleTaskMatrix {
}
