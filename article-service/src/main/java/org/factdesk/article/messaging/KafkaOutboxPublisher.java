package org.factdesk.article.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.factdesk.article.domain.OutboxEvent;

import io.smallrye.mutiny.Uni;

/**
 * Sends outbox rows with an idempotent producer and acks=all. A send completes only when the broker
 * acknowledged it, and fails within the delivery timeout when no broker answers, so the relay never
 * marks a row sent too early and never hangs on a dead broker.
 */
public class KafkaOutboxPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    /**
     * @param connection the Kafka connection settings (bootstrap servers and, on a cluster, security settings such
     *        as SASL/TLS from the {@code KAFKA_*} environment); the reliability settings are fixed here
     */
    public KafkaOutboxPublisher(Map<String, Object> connection, Duration deliveryTimeout, Duration maxBlock, String clientId) {
        Properties properties = new Properties();
        properties.putAll(connection);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        int delivery = (int) deliveryTimeout.toMillis();
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery);
        // request.timeout + linger must stay within delivery.timeout.
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, delivery / 2));
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) maxBlock.toMillis());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(properties);
    }

    /**
     * Hands the record to the producer when subscribed (on the subscribing thread, so records subscribed in order
     * keep their order per key) and completes on the producer's I/O thread once the broker acknowledged it.
     * send() may block up to max.block.ms waiting for metadata: subscribe from a worker thread.
     */
    public Uni<Void> publish(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.messageKey, event.payload);
        record.headers().add("eventId", event.eventId.toString().getBytes(StandardCharsets.UTF_8));
        return Uni.createFrom().<Void> emitter(emitter -> {
            try {
                producer.send(record, (metadata, failure) -> {
                    if (failure == null) {
                        emitter.complete(null);
                    } else {
                        emitter.fail(failure);
                    }
                });
            } catch (RuntimeException e) {
                emitter.fail(e);
            }
        });
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
