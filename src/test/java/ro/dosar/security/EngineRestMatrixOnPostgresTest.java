package ro.dosar.security;

import ro.dosar.support.DosarOnPostgresTest;

/**
 * The engine REST matrix of issue 15 against the demo application on a real PostgreSQL server
 * (the production profile with the demo's people and contests), as {@link EngineRestMatrixTest}
 * on H2, in the context all PostgreSQL matrices share. It needs two of {@code membru1}'s open
 * selection tasks in the demo contest (its completions use them up): no other class of that
 * configuration completes the demo contest's selection tasks but
 * {@link EngineRestAttacksOnPostgresTest}, which runs on a fresh context of its own.
 */
@DosarOnPostgresTest
class EngineRestMatrixOnPostgresTest extends EngineRestMatrix {
}
