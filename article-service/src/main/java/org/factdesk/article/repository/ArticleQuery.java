package org.factdesk.article.repository;

import java.time.Instant;
import java.util.Optional;

import org.factdesk.article.domain.ArticleStatus;

public record ArticleQuery(
        Optional<String> text,
        Optional<ArticleStatus> status,
        Optional<String> author,
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<PageCursor> after,
        int limit) {
}
