package org.factdesk.system.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.factdesk.system.support.Articles.ClaimRef;

/** Many SUGGESTED claims at once, grouped by article (one queue request per article). */
public final class ClaimBatch {

    public static final int CLAIMS_PER_ARTICLE = 50;

    private final List<List<ClaimRef>> byArticle;

    private ClaimBatch(List<List<ClaimRef>> byArticle) {
        this.byArticle = byArticle;
    }

    /** Exactly {@code claims} SUGGESTED claims in articles of up to 50. */
    public static ClaimBatch prepare(String editor, int claims) {
        List<Integer> sizes = new ArrayList<>();
        for (int left = claims; left > 0; left -= CLAIMS_PER_ARTICLE) {
            sizes.add(Math.min(CLAIMS_PER_ARTICLE, left));
        }
        List<List<ClaimRef>> articles = Parallel.map(sizes, size -> {
            List<ClaimRef> refs = Articles.articleWithClaims(editor, size);
            // Detection may merge two sentences into one claim: keep the article's claims, at most `size`.
            return refs.subList(0, Math.min(size, refs.size()));
        });
        List<List<ClaimRef>> exact = new ArrayList<>(articles);
        int total = exact.stream().mapToInt(List::size).sum();
        while (total < claims) {
            List<ClaimRef> more = Articles.articleWithClaims(editor, Math.min(CLAIMS_PER_ARTICLE, claims - total));
            more = more.subList(0, Math.min(more.size(), claims - total));
            exact.add(more);
            total += more.size();
        }
        return new ClaimBatch(Collections.unmodifiableList(exact));
    }

    public List<List<ClaimRef>> byArticle() {
        return byArticle;
    }

    public List<ClaimRef> all() {
        return byArticle.stream().flatMap(List::stream).toList();
    }

    public List<UUID> claimIds() {
        return all().stream().map(ClaimRef::claimId).toList();
    }

    public List<String> claimKeys() {
        return all().stream().map(ref -> ref.claimId().toString()).toList();
    }

    /** Queues the given articles' claims, one request per article, a few in parallel. */
    public static void queue(String editor, List<List<ClaimRef>> articles) {
        Parallel.map(articles, claims -> Articles.queue(editor, claims.get(0).articleId(), claims));
    }
}
