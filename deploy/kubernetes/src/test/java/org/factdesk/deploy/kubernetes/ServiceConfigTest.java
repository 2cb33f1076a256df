package org.factdesk.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The rules by which the checks decide what a service reads, on configuration written for the purpose. */
class ServiceConfigTest {

    private static final String PROPERTIES = """
            quarkus.application.name=demo-service
            quarkus.http.port=${DEMO_PORT:8081}
            factdesk.db.host=localhost
            factdesk.live.topics=claims.queued, verdicts.published
            %test.factdesk.only-in-tests=x
            %prod.factdesk.only-in-prod=y
            kafka.bootstrap.servers=${FACTDESK_KAFKA_BOOTSTRAP:localhost:9092}
            mp.messaging.incoming.claims.topic=claims.queued
            mp.messaging.incoming.claims.failure-strategy=dead-letter-queue
            mp.messaging.incoming.claims.dead-letter-queue.topic=factdesk.dead-letter
            mp.messaging.incoming.live.topics=${factdesk.live.topics}
            mp.messaging.incoming.live.group.id=demo-live-${quarkus.uuid}
            mp.messaging.incoming.defaults.failure-strategy=dead-letter-queue
            mp.messaging.outgoing.outbox.topic=${OUTBOX_TOPIC:claims.changed}
            """;

    private static ServiceConfig config() throws IOException {
        return ServiceConfig.parse("demo-service", new StringReader(PROPERTIES));
    }

    @Test
    void environmentVariablesMapByExpressionPropertyNameOrKafkaClientSetting() throws IOException {
        ServiceConfig config = config();
        assertTrue(config.reads("DEMO_PORT").isPresent(), "a ${NAME:default} expression");
        assertTrue(config.reads("FACTDESK_DB_HOST").isPresent(), "factdesk.db.host by Quarkus' env naming");
        assertTrue(config.reads("FACTDESK_ONLY_IN_PROD").isPresent(), "%prod properties count");
        assertEquals(Optional.empty(), config.reads("FACTDESK_ONLY_IN_TESTS"), "%test properties do not");
        assertEquals(Optional.of("Kafka client config sasl.jaas.config"), config.reads("KAFKA_SASL_JAAS_CONFIG"));
        assertTrue(config.reads("KAFKA_SSL_TRUSTSTORE_LOCATION").isPresent());
        assertEquals(Optional.empty(), config.reads("KAFKA_SASL_JAAS_CONFIGS"), "not a Kafka client setting");
        assertEquals(Optional.empty(), config.reads("FACTDESK_DB_HOSTS"));
    }

    @Test
    void valuesResolveWithTheEnvironmentFirst() throws IOException {
        ServiceConfig config = config();
        assertEquals("8081", config.value("quarkus.http.port", Map.of(), "8080"));
        assertEquals("9999", config.value("quarkus.http.port", Map.of("DEMO_PORT", "9999"), "8080"));
        assertEquals("7777", config.value("quarkus.http.port", Map.of("QUARKUS_HTTP_PORT", "7777"), "8080"));
        assertEquals("db", config.value("factdesk.db.host", Map.of("FACTDESK_DB_HOST", "db"), "x"));
    }

    @Test
    void channelsNameTheirTopicsDeadLetterTopicsAndGroups() throws IOException {
        Map<String, ServiceConfig.Channel> channels = config().channels(Map.of("OUTBOX_TOPIC", "claims.queued"));
        assertEquals(List.of("claims.queued"), channels.get("claims").topics());
        assertEquals(Optional.of("factdesk.dead-letter"), channels.get("claims").deadLetterTopic());
        assertEquals("demo-service", channels.get("claims").groupId(), "group.id defaults to the application name");
        assertEquals(List.of("claims.queued", "verdicts.published"), channels.get("live").topics());
        assertTrue(channels.get("live").groupId().startsWith("demo-live-"));
        assertEquals(List.of("defaults"), channels.get("defaults").topics(), "the channel name is the default topic");
        assertEquals(Optional.of("dead-letter-topic-defaults"), channels.get("defaults").deadLetterTopic());
        assertEquals(List.of("claims.queued"), channels.get("outbox").topics());
        assertTrue(!channels.get("outbox").incoming());
    }
}
