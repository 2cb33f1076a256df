package org.factdesk.review.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.api.PublicFactCheck;
import org.factdesk.review.api.PublicFactCheckPage;
import org.factdesk.review.api.PublicFactCheckSummary;
import org.factdesk.review.api.PublicIndexEntry;
import org.factdesk.review.config.ReviewConfig;
import org.factdesk.review.domain.EvidenceSource;
import org.factdesk.review.domain.PublishedVerdict;
import org.factdesk.review.domain.Rating;
import org.factdesk.review.domain.ReviewItem;
import org.factdesk.review.domain.Slugs;
import org.factdesk.review.repository.EvidenceSourceRepository;
import org.factdesk.review.repository.PublicCursor;
import org.factdesk.review.repository.PublicFilter;
import org.factdesk.review.repository.PublishedVerdictRepository;
import org.factdesk.review.repository.ReviewItemRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * The public read model: published fact-checks only. Verdict texts come from the published versions
 * (published_verdict), never from the item's working copy; notes, assignees and audit never leave; reviewer names
 * only when {@code factdesk.review.public-site.show-reviewers} is on.
 */
@ApplicationScoped
public class PublicFactCheckService {

    private final ReviewItemRepository items;
    private final EvidenceSourceRepository sources;
    private final PublishedVerdictRepository versions;
    private final ReviewConfig config;

    public PublicFactCheckService(ReviewItemRepository items, EvidenceSourceRepository sources,
            PublishedVerdictRepository versions, ReviewConfig config) {
        this.items = items;
        this.sources = sources;
        this.versions = versions;
        this.config = config;
    }

    @WithSession
    public Uni<PublicFactCheckPage> page(PublicFilter filter, PublicCursor after, int limit) {
        // One row more than asked tells whether there is a next page.
        return items.publishedPage(filter, after, limit + 1).map(rows -> {
            List<ReviewItem> page = rows.size() > limit ? rows.subList(0, limit) : rows;
            String next = rows.size() > limit
                    ? PublicCursor.after(filter.order(), page.get(page.size() - 1)).encode()
                    : null;
            return new PublicFactCheckPage(page.stream().map(PublicFactCheckService::summary).toList(), next);
        });
    }

    @WithSession
    public Uni<PublicFactCheck> bySlug(String slug) {
        if (!Slugs.isWellFormed(slug)) {
            return Uni.createFrom().failure(notFound(slug));
        }
        return items.findPublishedBySlug(slug)
                .onItem().ifNull().failWith(() -> notFound(slug))
                .flatMap(item -> versions.list("reviewId", Sort.by("verdictVersion"), item.id)
                        .flatMap(published -> sources.list("reviewId", Sort.by("addedAt").and("id"), item.id)
                                .map(evidence -> full(item, published, evidence))));
    }

    @WithSession
    public Uni<List<PublicIndexEntry>> index() {
        return items.publishedIndex(config.publicSite().indexLimit()).map(rows -> rows.stream()
                .map(row -> new PublicIndexEntry((String) row[0], (Instant) row[1]))
                .toList());
    }

    private static ReviewProblem notFound(String slug) {
        return ReviewProblem.notFound("no published fact-check " + slug);
    }

    static PublicFactCheckSummary summary(ReviewItem item) {
        return new PublicFactCheckSummary(item.slug, item.claimText, item.claimAuthor, item.articlePublishedAt,
                item.articleTitle, item.articleUrl, item.language, item.rating.name(), item.label,
                item.rating.value(), Rating.BEST, Rating.WORST, item.summary, item.firstPublishedAt,
                item.publishedAt, item.verdictVersion);
    }

    private PublicFactCheck full(ReviewItem item, List<PublishedVerdict> published, List<EvidenceSource> evidence) {
        boolean names = config.publicSite().showReviewers();
        // The latest published version is what the page states; the item's own fields may only ever equal it.
        PublishedVerdict latest = published.get(published.size() - 1);
        List<PublicFactCheck.Version> history = published.stream()
                .map(v -> new PublicFactCheck.Version(v.verdictVersion, v.publishedAt, v.rating.name(), v.label,
                        v.summary, v.correctionNote, names ? v.researchedBy : null, names ? v.approvedBy : null))
                .toList();
        List<PublicFactCheck.Source> sourceViews = evidence.stream()
                .map(s -> new PublicFactCheck.Source(s.url, s.title, s.publisher, s.quote, s.primary, s.accessedAt))
                .toList();
        return new PublicFactCheck(item.slug, item.claimText, item.claimAuthor, item.articlePublishedAt,
                item.articleTitle, item.articleUrl, item.language, latest.rating.name(), latest.label,
                latest.rating.value(), Rating.BEST, Rating.WORST, latest.summary, latest.explanation,
                item.firstPublishedAt, latest.publishedAt, latest.verdictVersion, sourceViews, history,
                names ? latest.researchedBy : null, names ? latest.approvedBy : null);
    }
}
