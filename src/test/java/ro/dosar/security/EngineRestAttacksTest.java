package ro.dosar.security;

import ro.dosar.support.DosarTest;

/** The engine REST attacks of issue 15 against the demo application on H2. */
@DosarTest
class EngineRestAttacksTest extends EngineRestAttacks {
}
