package org.factdesk.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * The physical limit for event latency: produce -> consume on the same broker with the producer settings the
 * outbox relays use (idempotent, acks=all), on a scratch topic that is created for the run and deleted after it.
 */
public final class KafkaLatency {

    private KafkaLatency() {
    }

    public static String clientVersion() {
        return AppInfoParser.getVersion();
    }

    /** Sends {@code count} small messages, one every {@code interval}, and measures each one's trip to a consumer. */
    public static EventLatency measure(String bootstrap, int count, Duration interval) throws Exception {
        String topic = "factdesk.bench.latency-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            try {
                return roundTrips(bootstrap, topic, count, interval);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static EventLatency roundTrips(String bootstrap, String topic, int count, Duration interval) throws Exception {
        Histogram micros = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        AtomicBoolean stop = new AtomicBoolean();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            consumer.subscribe(List.of(topic));
            // Wait for the partition assignment so the first messages do not measure the group join.
            long joinDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (consumer.assignment().isEmpty() && System.nanoTime() < joinDeadline) {
                consumer.poll(Duration.ofMillis(100));
            }
            // Warm the producer's connection and metadata.
            producer.send(new ProducerRecord<>(topic, new byte[0], stamp(System.nanoTime()))).get(30, TimeUnit.SECONDS);
            Thread sender = new Thread(() -> {
                long start = System.nanoTime();
                for (int i = 0; i < count && !stop.get(); i++) {
                    long due = start + i * interval.toNanos();
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    byte[] key = UUID.randomUUID().toString().getBytes();
                    producer.send(new ProducerRecord<>(topic, key, stamp(System.nanoTime())));
                }
                producer.flush();
            }, "kafka-latency-sender");
            sender.start();
            long deadline = System.nanoTime() + interval.toNanos() * count + TimeUnit.SECONDS.toNanos(30);
            long received = 0;
            while (received < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    if (record.key().length == 0) {
                        continue;
                    }
                    long sentAt = ByteBuffer.wrap(record.value()).getLong();
                    micros.recordValue(Math.max(0, (System.nanoTime() - sentAt) / 1000));
                    received++;
                }
            }
            stop.set(true);
            sender.join(10_000);
            return EventLatency.of("Kafka produce -> consume (raw, acks=all, idempotent)", count, micros);
        }
    }

    private static byte[] stamp(long nanos) {
        return ByteBuffer.allocate(Long.BYTES).putLong(nanos).array();
    }
}
