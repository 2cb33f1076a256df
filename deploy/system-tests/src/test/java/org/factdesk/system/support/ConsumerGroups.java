package org.factdesk.system.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The services' consumer groups: a test that wrote an event waits until the consuming service has committed past
 * it, which says the event was handled (the services commit after processing), before it checks that nothing
 * changed. Waiting on the commit instead of a time keeps "nothing happened" assertions honest.
 */
public final class ConsumerGroups {

    /**
     * Groups of the running services (application.properties: kafka.group.id / mp.messaging...group.id): the
     * defaults against a stack of ./factdesk up, a run's own groups under ./factdesk test, which passes them.
     */
    public static final String ARTICLE_SERVICE = System.getProperty("factdesk.article.group", "article-service");
    public static final String REVIEW_SERVICE = System.getProperty("factdesk.review.group", "review-service");

    private ConsumerGroups() {
    }

    /** Waits until the group's committed offset on the record's partition is past the record's offset. */
    public static void awaitConsumed(String group, String topic, int partition, long offset, Duration atMost) {
        TopicPartition target = new TopicPartition(topic, partition);
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SystemUnderTest.KAFKA);
        try (Admin admin = Admin.create(config)) {
            await(group + " past " + topic + "-" + partition + "@" + offset).atMost(atMost).pollInterval(Duration.ofMillis(200))
                    .until(() -> committed(admin, group, target) > offset);
        }
    }

    /** The group's committed offset per partition of {@code topic} now (partitions it never committed are absent). */
    public static Map<Integer, Long> committedOffsets(String group, String topic) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SystemUnderTest.KAFKA);
        try (Admin admin = Admin.create(config)) {
            Map<Integer, Long> offsets = new java.util.TreeMap<>();
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().forEach((partition, committed) -> {
                if (partition.topic().equals(topic) && committed != null) {
                    offsets.put(partition.partition(), committed.offset());
                }
            });
            return offsets;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("offsets of " + group, e);
        }
    }

    private static long committed(Admin admin, String group, TopicPartition partition)
            throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get();
        OffsetAndMetadata committed = offsets.get(partition);
        return committed == null ? -1 : committed.offset();
    }
}
