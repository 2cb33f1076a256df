package org.factdesk.system.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the offsets it had when the reader was made, without a consumer group (assign, not
 * subscribe), so it neither disturbs nor depends on the services' groups. Other tests write to the same
 * topics: callers filter by their own ids.
 */
public final class TopicReader implements AutoCloseable {

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicReader(String topic) {
        this.topic = topic;
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SystemUnderTest.KAFKA);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Only committed records: what a read_committed consumer of the services would see too.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        this.consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        ends.forEach(consumer::seek);
    }

    /** A reader positioned at the current end of the topic: it sees what is written from now on. */
    public static TopicReader fromNow(String topic) {
        return new TopicReader(topic);
    }

    /** Polls once (briefly) and returns every record seen since the reader was made. */
    public List<ConsumerRecord<String, String>> poll() {
        consumer.poll(Duration.ofMillis(500)).records(topic).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** Every record seen so far that matches. */
    public List<ConsumerRecord<String, String>> matching(Predicate<ConsumerRecord<String, String>> filter) {
        return poll().stream().filter(filter).toList();
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** All headers as text, for failure messages and for finding a reason whatever its header is called. */
    public static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
