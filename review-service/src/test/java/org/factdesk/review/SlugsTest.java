package org.factdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.factdesk.review.domain.Slugs;
import org.junit.jupiter.api.Test;

/** Plain JUnit: how public page names are made from claims. */
class SlugsTest {

    static final UUID ID = UUID.fromString("7f9c2a1e-4b3d-4e5f-9a8b-0c1d2e3f4a5b");

    @Test
    void claimWordsInLowerCaseAsciiThenTwelveHexDigitsOfTheId() {
        assertEquals("the-council-doubled-the-bus-budget-in-2025-7f9c2a1e4b3d",
                Slugs.of("The council doubled the bus budget in 2025.", ID));
        assertEquals("zurich-s-mayor-said-10-7f9c2a1e4b3d", Slugs.of("  Zürich's mayor said: «10%»!  ", ID));
        assertEquals("7f9c2a1e4b3d", Slugs.of("«»—!", ID), "no words at all: the id part alone");
    }

    @Test
    void longClaimsAreCutAtAWordWithinTheLimit() {
        String slug = Slugs.of("word ".repeat(60), ID);
        assertTrue(slug.length() <= 80 + 13, slug);
        assertTrue(slug.endsWith("word-7f9c2a1e4b3d"), slug);
        assertTrue(Slugs.isWellFormed(slug));
    }

    @Test
    void onlyWellFormedTextCanBeASlug() {
        assertTrue(Slugs.isWellFormed("a-b-1"));
        for (String bad : new String[] { null, "", "A-b", "a--b", "-a", "a-", "a b", "a/b", "a".repeat(121), "ä" }) {
            assertFalse(Slugs.isWellFormed(bad), String.valueOf(bad));
        }
    }
}
