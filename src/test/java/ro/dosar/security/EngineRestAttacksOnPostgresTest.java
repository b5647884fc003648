package ro.dosar.security;

import org.springframework.test.annotation.DirtiesContext;
import ro.dosar.support.DosarOnPostgresTest;

/**
 * The engine REST attacks of issue 15 against the demo application on a real PostgreSQL server
 * (the production profile with the demo's people and contests): the unique keys, the engine's
 * authorizations and the errors behave there as on H2.
 */
@DosarOnPostgresTest
// Works on the demo contest's four files by position (membru1's first four open selection
// tasks), which EngineRestMatrixOnPostgresTest completes: it runs first in the PostgreSQL
// configuration, on a freshly started context, and closes it (ContextOrder).
@DirtiesContext
class EngineRestAttacksOnPostgresTest extends EngineRestAttacks {
}
