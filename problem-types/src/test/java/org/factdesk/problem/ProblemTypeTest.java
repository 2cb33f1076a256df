package org.factdesk.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The type URIs are a published contract (the UI translates by them): a renamed slug breaks every client. */
class ProblemTypeTest {

    @Test
    void theSlugsAreExactlyThePublishedOnes() {
        List<String> uris = Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList();

        assertEquals(List.of("urn:factdesk:problem:validation", "urn:factdesk:problem:malformed-request",
                "urn:factdesk:problem:unauthorized", "urn:factdesk:problem:forbidden",
                "urn:factdesk:problem:workflow-rule", "urn:factdesk:problem:not-found", "urn:factdesk:problem:conflict",
                "urn:factdesk:problem:illegal-transition", "urn:factdesk:problem:too-large",
                "urn:factdesk:problem:rate-limited", "urn:factdesk:problem:unavailable", "urn:factdesk:problem:internal"),
                uris);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "400, malformed-request",
            "401, unauthorized",
            "403, forbidden",
            "404, not-found",
            "405, malformed-request",
            "406, malformed-request",
            "408, malformed-request",
            "409, conflict",
            "410, not-found",
            "412, conflict",
            "413, too-large",
            "414, too-large",
            "415, malformed-request",
            "422, validation",
            "429, rate-limited",
            "431, too-large",
            "500, internal",
            "501, internal",
            "502, unavailable",
            "503, unavailable",
            "504, unavailable",
            "599, internal" })
    void aStatusWithoutAMoreSpecificCauseGetsTheTypeOfItsMeaningOrClass(int status, String slug) {
        assertEquals(slug, ProblemType.forStatus(status).slug());
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 200, 204, 303, 399, 600 })
    void aStatusThatIsNoErrorHasNoProblemType(int status) {
        assertThrows(IllegalArgumentException.class, () -> ProblemType.forStatus(status));
    }
}
