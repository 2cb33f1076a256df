package org.factdesk.review.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.SavedQueueFilter;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Saved queue views, always read and written for one owner: no query can reach another user's views. */
@ApplicationScoped
public class SavedFilterRepository {

    private static final String COLUMNS = "id, name, state, assignee, priority, overdue, q, saved_at";

    private final Pool client;

    public SavedFilterRepository(Pool client) {
        this.client = client;
    }

    public Uni<List<SavedQueueFilter>> list(String ownerId, int limit) {
        return client.preparedQuery("select " + COLUMNS + " from saved_queue_filter where owner_id = $1 order by name "
                + "limit $2").execute(Tuple.of(ownerId, limit)).map(rows -> {
                    List<SavedQueueFilter> views = new ArrayList<>();
                    rows.forEach(row -> views.add(view(row)));
                    return views;
                });
    }

    /**
     * Saves the view under its name, replacing the owner's view of that name, unless the owner already has
     * {@code max} other views: then nothing is written and the answer is empty. (Two saves of new names at the same
     * moment may each see room for one; the limit bounds what a user can store, it is not an exact quota.)
     */
    public Uni<SavedQueueFilter> save(String ownerId, SavedQueueFilter view, int max) {
        String sql = "insert into saved_queue_filter (" + COLUMNS + ", owner_id) "
                + "select $1, $2, $3, $4, $5, $6, $7, $8, $9 "
                + "where exists (select 1 from saved_queue_filter where owner_id = $9 and name = $2) "
                + "or (select count(*) from saved_queue_filter where owner_id = $9) < $10 "
                + "on conflict (owner_id, name) do update set state = excluded.state, assignee = excluded.assignee, "
                + "priority = excluded.priority, overdue = excluded.overdue, q = excluded.q, saved_at = excluded.saved_at "
                + "returning " + COLUMNS;
        Tuple params = Tuple.tuple().addUUID(view.id()).addString(view.name()).addString(view.state())
                .addString(view.assignee()).addString(view.priority()).addBoolean(view.overdue()).addString(view.q())
                .addOffsetDateTime(view.savedAt().atOffset(ZoneOffset.UTC)).addString(ownerId).addInteger(max);
        return client.preparedQuery(sql).execute(params)
                .map(rows -> rows.iterator().hasNext() ? view(rows.iterator().next()) : null);
    }

    /** True when the owner had this view and it is gone now. */
    public Uni<Boolean> delete(String ownerId, UUID id) {
        return client.preparedQuery("delete from saved_queue_filter where owner_id = $1 and id = $2")
                .execute(Tuple.of(ownerId, id)).map(result -> result.rowCount() == 1);
    }

    private static SavedQueueFilter view(Row row) {
        return new SavedQueueFilter(row.getUUID("id"), row.getString("name"), row.getString("state"),
                row.getString("assignee"), row.getString("priority"), row.getBoolean("overdue"), row.getString("q"),
                Instant.from(row.getOffsetDateTime("saved_at")));
    }
}
