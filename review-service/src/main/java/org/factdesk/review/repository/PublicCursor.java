package org.factdesk.review.repository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.factdesk.review.domain.ReviewItem;

/** Position in a public list: the order and the sort key of the last item of a page, opaque to clients. */
public record PublicCursor(PublicOrder order, Instant at, UUID id) {

    public static PublicCursor after(PublicOrder order, ReviewItem item) {
        return new PublicCursor(order, order == PublicOrder.PUBLISHED ? item.firstPublishedAt : item.publishedAt,
                item.id);
    }

    public String encode() {
        String raw = order + "|" + at + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this service issued */
    public static PublicCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a public cursor");
            }
            return new PublicCursor(PublicOrder.valueOf(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("after: not a cursor returned by this API", e);
        }
    }
}
