package org.factdesk.gateway.publishing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CachedResponsesTest {

    @Test
    void ifNoneMatchAcceptsListsWeakTagsAndTheWildcard() {
        String etag = CachedResponses.etag("page".getBytes(StandardCharsets.UTF_8));
        assertTrue(CachedResponses.matches(etag, etag));
        assertTrue(CachedResponses.matches("\"a\", " + etag, etag));
        assertTrue(CachedResponses.matches("W/" + etag, etag));
        assertTrue(CachedResponses.matches("*", etag));
        assertFalse(CachedResponses.matches("\"a\"", etag));
        assertFalse(CachedResponses.matches("", etag));
        assertFalse(CachedResponses.matches(null, etag));
        assertNotEquals(etag, CachedResponses.etag("page2".getBytes(StandardCharsets.UTF_8)));
    }
}
