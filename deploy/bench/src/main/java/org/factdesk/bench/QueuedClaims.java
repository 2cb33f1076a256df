package org.factdesk.bench;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Fresh claims queued for review as the article-service's outbox publishes them (claims.queued, deploy/events). */
final class QueuedClaims {

    private QueuedClaims() {
    }

    /**
     * @param ours receives the claim ids
     * @param perSecond 0: as fast as the producer goes
     */
    static void queue(String kafkaBootstrap, int events, Set<String> ours, int perSecond) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < events; i++) {
                String claimId = UUID.randomUUID().toString();
                ours.add(claimId);
                String now = Instant.now().toString();
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("eventId", UUID.randomUUID().toString());
                event.put("occurredAt", now);
                event.put("version", 1);
                event.put("claimId", claimId);
                event.put("articleId", UUID.randomUUID().toString());
                event.put("articleTitle", "Bench article " + i);
                event.put("articleUrl", "https://news.example.org/bench/" + i);
                event.put("claimText", "Bench claim " + i + ": the council doubled the bus budget in 2025.");
                event.put("context", "The mayor said the council doubled the bus budget in 2025.");
                event.put("checkWorthiness", 0.8);
                event.put("priority", "NORMAL");
                event.put("dueAt", null);
                event.put("queuedBy", "editor");
                event.put("queuedAt", now);
                event.put("language", "en");
                producer.send(new ProducerRecord<>("claims.queued", claimId, Json.write(event)));
                if (perSecond > 0) {
                    producer.flush();
                    Thread.sleep(1000 / perSecond); // pacing the offered load, not waiting for a result
                }
            }
            producer.flush();
        }
    }
}
