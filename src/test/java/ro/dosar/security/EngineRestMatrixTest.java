package ro.dosar.security;

import org.springframework.test.annotation.DirtiesContext;
import ro.dosar.support.DosarTest;

/** The engine REST matrix of issue 15 against the demo application on H2. */
@DosarTest
// Works on the demo contest's open selection tasks by position, which other demo classes
// complete: it runs first on a freshly started demo context and closes it (ContextOrder).
@DirtiesContext
class EngineRestMatrixTest extends EngineRestMatrix {
}
