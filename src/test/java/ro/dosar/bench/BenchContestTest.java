package ro.dosar.bench;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The bench profile beside the demo profile on H2 ({@code demo,bench}). */
@SpringBootTest(properties = "dosar.bench.candidates=" + BenchContestContract.CANDIDATES)
@ActiveProfiles({"demo", "bench", "test"})
@DirtiesContext
class BenchContestTest extends BenchContestContract {
}
