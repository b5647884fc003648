package ro.dosar.security;

import ro.dosar.support.DosarOnPostgresTest;

/**
 * {@link ComplaintTaskMatrix} against the demo application on a real PostgreSQL server (the
 * production profile with the demo's data), in the one context that the classes of
 * {@link DosarOnPostgresTest} share.
 */
@DosarOnPostgresTest
class ComplaintTaskMatrixOnPostgresTest extends ComplaintTaskMatrix {
}
