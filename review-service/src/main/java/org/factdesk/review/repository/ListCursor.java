package org.factdesk.review.repository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Position in an item's notes, sources or audit trail (time, then id): the last row of a page, opaque to clients. */
public record ListCursor(Instant at, String id) {

    public String encode() {
        String raw = at + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this service issued */
    public static ListCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 2 || parts[1].isEmpty()) {
                throw new IllegalArgumentException("not a list cursor");
            }
            return new ListCursor(Instant.parse(parts[0]), parts[1]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("after: not a cursor returned by this API", e);
        }
    }
}
