package org.factdesk.article.support;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Reads a shared topic from the beginning, keeping only records keyed by the given claim ids: other
 * helpers' tests publish on the same topics at the same time.
 */
public final class KafkaEvents {

    private KafkaEvents() {
    }

    public static KafkaCompanion companion() {
        return new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    public static ConsumerTask<String, String> watch(KafkaCompanion companion, String topic, Collection<?> keys) {
        Set<String> wanted = keys.stream().map(Object::toString).collect(java.util.stream.Collectors.toSet());
        return companion.consumeStrings()
                .withGroupId("article-service-test-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics(topic, records -> records.select().where(record -> wanted.contains(record.key())));
    }

    public static List<String> values(ConsumerTask<String, String> task) {
        return task.getRecords().stream().map(ConsumerRecord::value).toList();
    }
}
