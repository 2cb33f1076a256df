package org.factdesk.review.repository;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.review.domain.WebhookDelivery;
import org.factdesk.review.domain.WebhookSubscription;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Webhook subscribers and their delivery queue. {@link #enqueue} runs in the caller's Hibernate Reactive transaction
 * (the change the event announces); everything else on the reactive pool, each statement its own transaction.
 */
@ApplicationScoped
public class WebhookRepository {

    private static final String SUBSCRIPTION_COLUMNS = "s.id, s.url, s.description, s.event_types, s.enabled, "
            + "s.disabled_reason, s.disabled_at, s.consecutive_failures, s.created_by, s.created_at, "
            + "s.secret_rotated_at, s.previous_secret_expires_at, "
            + "(select count(*) from webhook_delivery d where d.subscription_id = s.id and d.status = 'PENDING') pending, "
            + "(select count(*) from webhook_delivery d where d.subscription_id = s.id and d.status = 'FAILED') failed, "
            + "(select max(d.delivered_at) from webhook_delivery d where d.subscription_id = s.id) last_delivered_at";
    private static final String DELIVERY_COLUMNS = "id, seq, subscription_id, event_type, claim_id, status, attempts, "
            + "created_at, next_attempt_at, last_attempt_at, last_status_code, last_error, delivered_at";

    private final Pool client;

    public WebhookRepository(Pool client) {
        this.client = client;
    }

    /**
     * Queues the event for every subscriber of its type, in the current transaction. Disabled subscribers get it too:
     * their queue waits and goes out, in order, when an admin enables them again.
     */
    public Uni<Void> enqueue(String eventType, UUID claimId, String payload, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "insert into webhook_delivery (id, subscription_id, event_type, claim_id, payload, created_at, "
                        + "next_attempt_at) select gen_random_uuid(), s.id, :type, :claim, :payload, :at, :at "
                        + "from webhook_subscription s where :type = any (s.event_types)")
                .setParameter("type", eventType).setParameter("claim", claimId).setParameter("payload", payload)
                .setParameter("at", at.atOffset(ZoneOffset.UTC))
                .executeUpdate())
                .replaceWithVoid();
    }

    // ---------------------------------------------------------------- subscribers

    public Uni<WebhookSubscription> insert(UUID id, String url, String description, List<String> eventTypes,
            String secret, String createdBy, Instant at) {
        return client.preparedQuery("insert into webhook_subscription (id, url, description, event_types, secret, "
                + "created_by, created_at) values ($1, $2, $3, $4, $5, $6, $7)")
                .execute(Tuple.tuple().addUUID(id).addString(url).addString(description)
                        .addArrayOfString(eventTypes.toArray(String[]::new)).addString(secret).addString(createdBy)
                        .addOffsetDateTime(utc(at)))
                .flatMap(ignored -> find(id));
    }

    public Uni<Long> count() {
        return client.query("select count(*) from webhook_subscription").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<List<WebhookSubscription>> list(int limit) {
        return client.preparedQuery("select " + SUBSCRIPTION_COLUMNS + " from webhook_subscription s "
                + "order by s.created_at, s.id limit $1").execute(Tuple.of(limit))
                .map(rows -> all(rows, WebhookRepository::subscription));
    }

    /** Null when there is no such subscriber. */
    public Uni<WebhookSubscription> find(UUID id) {
        return client.preparedQuery("select " + SUBSCRIPTION_COLUMNS + " from webhook_subscription s where s.id = $1")
                .execute(Tuple.of(id)).map(rows -> first(rows, WebhookRepository::subscription));
    }

    /**
     * Changes the endpoint; enabling it ends its run of failures, disabling it by hand records who did.
     *
     * @return null when there is no such subscriber
     */
    public Uni<WebhookSubscription> update(UUID id, String url, String description, List<String> eventTypes,
            boolean enabled, String disabledReason, Instant at) {
        return client.preparedQuery("update webhook_subscription set url = $2, description = $3, event_types = $4, "
                + "consecutive_failures = case when $5 and not enabled then 0 else consecutive_failures end, "
                + "failing_since = case when $5 and not enabled then null else failing_since end, "
                + "disabled_reason = case when $5 then null when enabled then $6 else disabled_reason end, "
                + "disabled_at = case when $5 then null when enabled then $7 else disabled_at end, "
                + "enabled = $5 where id = $1")
                .execute(Tuple.tuple().addUUID(id).addString(url).addString(description)
                        .addArrayOfString(eventTypes.toArray(String[]::new)).addBoolean(enabled)
                        .addString(disabledReason).addOffsetDateTime(utc(at)))
                .flatMap(result -> result.rowCount() == 0 ? Uni.createFrom().nullItem() : find(id));
    }

    /** The new secret signs from now on; the current one keeps signing beside it until {@code previousUntil}. */
    public Uni<Boolean> rotateSecret(UUID id, String secret, Instant at, Instant previousUntil) {
        return client.preparedQuery("update webhook_subscription set previous_secret = secret, secret = $2, "
                + "previous_secret_expires_at = $3, secret_rotated_at = $4 where id = $1")
                .execute(Tuple.of(id, secret, utc(previousUntil), utc(at))).map(result -> result.rowCount() == 1);
    }

    public Uni<Boolean> delete(UUID id) {
        return client.preparedQuery("delete from webhook_subscription where id = $1").execute(Tuple.of(id))
                .map(result -> result.rowCount() == 1);
    }

    // ---------------------------------------------------------------- delivery log

    /** A subscriber's deliveries, newest first, after the keyset cursor {@code beforeSeq} (null: from the newest). */
    public Uni<List<WebhookDelivery>> deliveries(UUID subscriptionId, String status, Long beforeSeq, int limit) {
        return client.preparedQuery("select " + DELIVERY_COLUMNS + " from webhook_delivery where subscription_id = $1 "
                + "and ($2::text is null or status = $2) and ($3::bigint is null or seq < $3) order by seq desc limit $4")
                .execute(Tuple.tuple().addUUID(subscriptionId).addString(status).addLong(beforeSeq).addInteger(limit))
                .map(rows -> all(rows, WebhookRepository::delivery));
    }

    /** Null when the subscriber has no such delivery. */
    public Uni<WebhookDelivery> delivery(UUID subscriptionId, UUID deliveryId) {
        return client.preparedQuery("select " + DELIVERY_COLUMNS + " from webhook_delivery where subscription_id = $1 "
                + "and id = $2").execute(Tuple.of(subscriptionId, deliveryId))
                .map(rows -> first(rows, WebhookRepository::delivery));
    }

    public Uni<String> payload(UUID deliveryId) {
        return client.preparedQuery("select payload from webhook_delivery where id = $1").execute(Tuple.of(deliveryId))
                .map(rows -> first(rows, row -> row.getString(0)));
    }

    public Uni<List<WebhookAttempt>> attempts(UUID deliveryId, int limit) {
        return client.preparedQuery("select attempted_at, status_code, error, duration_ms from webhook_attempt "
                + "where delivery_id = $1 order by attempted_at limit $2").execute(Tuple.of(deliveryId, limit))
                .map(rows -> all(rows, row -> new WebhookAttempt(instant(row, "attempted_at"),
                        row.getInteger("status_code"), row.getString("error"), row.getInteger("duration_ms"))));
    }

    /**
     * Sends a delivery again, with its webhook-id: it becomes due now, with a fresh budget of attempts.
     *
     * @return false when the subscriber has no such delivery
     */
    public Uni<Boolean> replay(UUID subscriptionId, UUID deliveryId, Instant at) {
        return client.preparedQuery("update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = $3, "
                + "leased_until = null, delivered_at = null where subscription_id = $1 and id = $2")
                .execute(Tuple.of(subscriptionId, deliveryId, utc(at))).map(result -> result.rowCount() == 1);
    }

    /** Replays every delivery created since {@code since}, delivered or not. */
    public Uni<Integer> replaySince(UUID subscriptionId, Instant since, Instant at) {
        return client.preparedQuery("update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = $3, "
                + "leased_until = null, delivered_at = null where subscription_id = $1 and created_at >= $2 "
                + "and status <> 'PENDING'")
                .execute(Tuple.of(subscriptionId, utc(since), utc(at))).map(RowSet::rowCount);
    }

    // ---------------------------------------------------------------- dispatcher

    /**
     * Leases the due deliveries of enabled subscribers that are first in line for their claim (an earlier pending
     * delivery of the same claim to the same subscriber, even one waiting for its retry, holds the later ones back).
     * {@code skip locked} and the lease let several replicas dispatch without sending a delivery twice at once.
     */
    public Uni<List<DueDelivery>> leaseDue(int limit, Instant now, Duration lease) {
        String sql = "with due as (select d.id from webhook_delivery d "
                + "join webhook_subscription s on s.id = d.subscription_id and s.enabled "
                + "where d.status = 'PENDING' and d.next_attempt_at <= $1 "
                + "and (d.leased_until is null or d.leased_until < $1) "
                + "and not exists (select 1 from webhook_delivery e where e.subscription_id = d.subscription_id "
                + "and e.claim_id = d.claim_id and e.status = 'PENDING' and e.seq < d.seq) "
                + "order by d.next_attempt_at limit $2 for update of d skip locked) "
                + "update webhook_delivery d set leased_until = $3 from due, webhook_subscription s "
                + "where d.id = due.id and s.id = d.subscription_id "
                + "returning d.id, d.attempts, d.payload, s.id subscription_id, s.url, s.secret, s.previous_secret, "
                + "s.previous_secret_expires_at";
        return client.preparedQuery(sql).execute(Tuple.of(utc(now), limit, utc(now.plus(lease))))
                .map(rows -> all(rows, row -> {
                    Instant previousUntil = instant(row, "previous_secret_expires_at");
                    String previous = previousUntil != null && previousUntil.isAfter(now)
                            ? row.getString("previous_secret")
                            : null;
                    return new DueDelivery(row.getUUID("id"), row.getUUID("subscription_id"), row.getString("url"),
                            row.getString("payload"), row.getInteger("attempts"), row.getString("secret"), previous);
                }));
    }

    /** Records a successful attempt, and ends the subscriber's run of failures. */
    public Uni<Void> delivered(DueDelivery delivery, int statusCode, Instant at, int durationMillis) {
        return client.withTransaction(connection -> attempt(connection, delivery.id(), at, statusCode, null,
                durationMillis)
                .flatMap(ignored -> connection.preparedQuery("update webhook_delivery set status = 'DELIVERED', "
                        + "attempts = attempts + 1, last_attempt_at = $2, last_status_code = $3, last_error = null, "
                        + "delivered_at = $2, leased_until = null where id = $1")
                        .execute(Tuple.of(delivery.id(), utc(at), statusCode)))
                .flatMap(ignored -> connection.preparedQuery("update webhook_subscription set consecutive_failures = 0, "
                        + "failing_since = null where id = $1 and consecutive_failures > 0")
                        .execute(Tuple.of(delivery.subscriptionId()))))
                .replaceWithVoid();
    }

    /**
     * Records a failed attempt: the delivery is retried at {@code retryAt}, or FAILED when {@code giveUp}; the
     * subscriber is disabled when its run of failures reaches {@code disableAfter} attempts lasting
     * {@code disableAfterFailingFor}.
     *
     * @return true when this failure disabled the subscriber
     */
    public Uni<Boolean> failed(DueDelivery delivery, Integer statusCode, String error, Instant at, int durationMillis,
            Instant retryAt, boolean giveUp, int disableAfter, Duration disableAfterFailingFor) {
        String reason = "disabled automatically after " + disableAfter + " or more failed attempts in a row over "
                + disableAfterFailingFor + "; last: " + error;
        return client.withTransaction(connection -> attempt(connection, delivery.id(), at, statusCode, error,
                durationMillis)
                .flatMap(ignored -> connection.preparedQuery("update webhook_delivery set status = $2, "
                        + "attempts = attempts + 1, last_attempt_at = $3, last_status_code = $4, last_error = $5, "
                        + "next_attempt_at = $6, leased_until = null where id = $1")
                        .execute(Tuple.tuple().addUUID(delivery.id()).addString(giveUp ? "FAILED" : "PENDING")
                                .addOffsetDateTime(utc(at)).addInteger(statusCode).addString(error)
                                .addOffsetDateTime(utc(retryAt))))
                .flatMap(ignored -> connection.preparedQuery("update webhook_subscription set "
                        + "consecutive_failures = consecutive_failures + 1, failing_since = coalesce(failing_since, $2), "
                        + "enabled = enabled and not (consecutive_failures + 1 >= $3 "
                        + "and coalesce(failing_since, $2) <= $4), "
                        + "disabled_reason = case when enabled and consecutive_failures + 1 >= $3 "
                        + "and coalesce(failing_since, $2) <= $4 then $5 else disabled_reason end, "
                        + "disabled_at = case when enabled and consecutive_failures + 1 >= $3 "
                        + "and coalesce(failing_since, $2) <= $4 then $2 else disabled_at end "
                        + "where id = $1 returning (select enabled from webhook_subscription where id = $1) was_enabled, "
                        + "enabled")
                        .execute(Tuple.tuple().addUUID(delivery.subscriptionId()).addOffsetDateTime(utc(at))
                                .addInteger(disableAfter).addOffsetDateTime(utc(at.minus(disableAfterFailingFor)))
                                .addString(reason.length() > 500 ? reason.substring(0, 500) : reason)))
                .map(rows -> first(rows, row -> row.getBoolean("was_enabled") && !row.getBoolean("enabled"))))
                .map(Boolean.TRUE::equals);
    }

    private static Uni<RowSet<Row>> attempt(SqlConnection connection, UUID deliveryId, Instant at, Integer statusCode,
            String error, int durationMillis) {
        return connection.preparedQuery("insert into webhook_attempt (delivery_id, attempted_at, status_code, error, "
                + "duration_ms) values ($1, $2, $3, $4, $5)")
                .execute(Tuple.tuple().addUUID(deliveryId).addOffsetDateTime(utc(at)).addInteger(statusCode)
                        .addString(error).addInteger(durationMillis));
    }

    /** A leased delivery, with what it takes to send it. */
    public record DueDelivery(UUID id, UUID subscriptionId, String url, String payload, int attempts, String secret,
            String previousSecret) {
    }

    public record WebhookAttempt(Instant at, Integer statusCode, String error, int durationMs) {
    }

    private static WebhookSubscription subscription(Row row) {
        return new WebhookSubscription(row.getUUID("id"), row.getString("url"), row.getString("description"),
                Arrays.asList(row.getArrayOfStrings("event_types")), row.getBoolean("enabled"),
                row.getString("disabled_reason"), instant(row, "disabled_at"), row.getInteger("consecutive_failures"),
                row.getString("created_by"), instant(row, "created_at"), instant(row, "secret_rotated_at"),
                instant(row, "previous_secret_expires_at"), row.getLong("pending"), row.getLong("failed"),
                instant(row, "last_delivered_at"));
    }

    private static WebhookDelivery delivery(Row row) {
        return new WebhookDelivery(row.getUUID("id"), row.getLong("seq"), row.getUUID("subscription_id"),
                row.getString("event_type"), row.getUUID("claim_id"), row.getString("status"),
                row.getInteger("attempts"), instant(row, "created_at"), instant(row, "next_attempt_at"),
                instant(row, "last_attempt_at"), row.getInteger("last_status_code"), row.getString("last_error"),
                instant(row, "delivered_at"));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static <T> List<T> all(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> items = new ArrayList<>(rows.size());
        rows.forEach(row -> items.add(mapper.apply(row)));
        return items;
    }

    private static <T> T first(RowSet<Row> rows, Function<Row, T> mapper) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? mapper.apply(iterator.next()) : null;
    }
}
