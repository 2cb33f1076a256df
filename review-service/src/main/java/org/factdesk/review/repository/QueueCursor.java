package org.factdesk.review.repository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.factdesk.review.domain.ReviewItem;

/** Position in the queue order: the sort key of the last item of a page, opaque to clients. */
public record QueueCursor(short priorityRank, Instant dueSort, double worthinessSort, UUID id) {

    public static QueueCursor after(ReviewItem item) {
        return new QueueCursor(item.priorityRank, item.dueSort, item.worthinessSort, item.id);
    }

    public String encode() {
        String raw = priorityRank + "|" + dueSort + "|" + worthinessSort + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this service issued */
    public static QueueCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4) {
                throw new IllegalArgumentException("not a queue cursor");
            }
            return new QueueCursor(Short.parseShort(parts[0]), Instant.parse(parts[1]), Double.parseDouble(parts[2]),
                    UUID.fromString(parts[3]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("after: not a cursor returned by this API", e);
        }
    }
}
