package org.factdesk.review.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.SavedQueueFilter;
import org.factdesk.review.repository.SavedFilterRepository;

import io.smallrye.mutiny.Uni;

/** Each user's saved views of the queue: theirs alone, at most {@value #MAX_PER_USER}. */
@ApplicationScoped
public class SavedFilterService {

    /** Enough views for any desk worker; bounds the list and the storage one user can take. */
    public static final int MAX_PER_USER = 50;

    private final SavedFilterRepository filters;

    public SavedFilterService(SavedFilterRepository filters) {
        this.filters = filters;
    }

    public Uni<List<SavedQueueFilter>> list(String ownerId) {
        return filters.list(ownerId, MAX_PER_USER);
    }

    /** The filters were checked by the caller; saving under an existing name replaces that view. */
    public Uni<SavedQueueFilter> save(String ownerId, SavedQueueFilter view) {
        return filters.save(ownerId, view, MAX_PER_USER).map(saved -> {
            if (saved == null) {
                throw ReviewProblem.conflict("you have " + MAX_PER_USER + " saved views already; delete one or save "
                        + "under the name of one you have");
            }
            return saved;
        });
    }

    public Uni<Void> delete(String ownerId, UUID id) {
        return filters.delete(ownerId, id).map(deleted -> {
            if (!deleted) {
                // Another user's view is answered like one that does not exist: ids reveal nothing.
                throw ReviewProblem.notFound("you have no saved view " + id);
            }
            return null;
        });
    }
}
