package org.factdesk.article.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.api.ImportReport;
import org.factdesk.article.api.ImportedFactCheckView;
import org.factdesk.article.api.Page;
import org.factdesk.article.domain.ImportedFactCheck;
import org.factdesk.article.repository.ImportedFactCheckRepository;
import org.factdesk.article.repository.PageCursor;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Imports other organisations' ClaimReviews: all of a document or, when any item is invalid, none of it. */
@ApplicationScoped
public class ImportService {

    private final ImportedFactCheckRepository imports;

    public ImportService(ImportedFactCheckRepository imports) {
        this.imports = imports;
    }

    /** Checks every item of the document before the first write, then stores its new items in one transaction. */
    @WithTransaction
    public Uni<ImportReport> importClaimReviews(JsonNode document, String importedBy) {
        ClaimReviewParser.Parsed parsed = ClaimReviewParser.parse(document);
        if (!parsed.problems().isEmpty()) {
            return Uni.createFrom().failure(new InvalidImportException(parsed.problems()));
        }
        List<ImportedFactCheck> facts = parsed.items();
        Instant now = Clock.now();
        Set<String> seen = new HashSet<>();
        List<ImportReport.Item> items = new ArrayList<>();
        // One insert after the other: a session runs one statement at a time.
        return Multi.createFrom().range(0, facts.size())
                .onItem().transformToUniAndConcatenate(index -> {
                    ImportedFactCheck fact = facts.get(index);
                    Uni<Boolean> stored = seen.add(fact.url()) ? imports.insertIfNew(fact, now, importedBy)
                            : Uni.createFrom().item(false);
                    return stored.map(isNew -> new ImportReport.Item(index, fact.url(),
                            isNew ? ImportReport.Outcome.IMPORTED : ImportReport.Outcome.DUPLICATE));
                })
                .collect().in(() -> items, List::add)
                .map(all -> {
                    int imported = (int) all.stream().filter(item -> item.outcome() == ImportReport.Outcome.IMPORTED).count();
                    return new ImportReport(all.size(), imported, all.size() - imported, all);
                });
    }

    @WithSession
    public Uni<Page<ImportedFactCheckView>> page(Optional<PageCursor> after, int limit) {
        return imports.page(after, limit + 1).map(rows -> {
            boolean more = rows.size() > limit;
            List<ImportedFactCheckRepository.Stored> shown = more ? rows.subList(0, limit) : rows;
            String next = more ? new PageCursor(shown.get(limit - 1).importedAt(), shown.get(limit - 1).id()).encode() : null;
            return new Page<>(shown.stream().map(row -> ImportedFactCheckView.of(row.fact(), row.importedAt(),
                    row.importedBy())).toList(), next);
        });
    }
}
