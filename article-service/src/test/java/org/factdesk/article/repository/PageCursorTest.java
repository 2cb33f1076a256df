package org.factdesk.article.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void aCursorSurvivesTheRoundTripToMicroseconds() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-11-21T23:04:05.123456Z"), UUID.randomUUID());
        assertEquals(cursor, PageCursor.decode(cursor.encode()));
    }

    @Test
    void foreignCursorsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PageCursor.decode("not-a-cursor"));
        assertThrows(IllegalArgumentException.class, () -> PageCursor.decode("MTIz"));
    }
}
