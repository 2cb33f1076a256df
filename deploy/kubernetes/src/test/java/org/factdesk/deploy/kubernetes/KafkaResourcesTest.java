package org.factdesk.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** KafkaTopics against topics.txt, and each service's KafkaUser ACLs against what the service does on Kafka. */
class KafkaResourcesTest {

    static final List<String> OVERLAYS = Kustomize.OVERLAYS;

    /** deploy/local/kafka/topics.txt: topic name to partitions. */
    static Map<String, Integer> topicsFile() throws IOException {
        Map<String, Integer> topics = new TreeMap<>();
        for (String line : Files.readAllLines(Repository.TOPICS)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            topics.put(fields[0], Integer.parseInt(fields[1]));
        }
        return topics;
    }

    private static String topicName(JsonNode topic) {
        String explicit = topic.path("spec").path("topicName").asText();
        return explicit.isEmpty() ? topic.path("metadata").path("name").asText() : explicit;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void kafkaTopicsAreExactlyTheTopicsFile(String overlay) throws IOException {
        Map<String, Integer> rendered = new TreeMap<>();
        for (JsonNode topic : Kustomize.ofKind(overlay, "KafkaTopic")) {
            rendered.put(topicName(topic), topic.path("spec").path("partitions").asInt());
            assertTrue(topic.path("spec").path("config").has("retention.ms"),
                    overlay + ": " + topicName(topic) + " sets its retention");
            assertEquals(Kustomize.ofKind(overlay, "Kafka").get(0).path("metadata").path("name").asText(),
                    topic.path("metadata").path("labels").path("strimzi.io/cluster").asText());
        }
        assertEquals(topicsFile(), rendered, overlay + ": KafkaTopics (name -> partitions) vs deploy/local/kafka/topics.txt");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void topicReplicationFitsTheBrokers(String overlay) {
        int brokers = Kustomize.ofKind(overlay, "KafkaNodePool").stream()
                .filter(pool -> pool.path("spec").path("roles").toString().contains("broker"))
                .mapToInt(pool -> pool.path("spec").path("replicas").asInt()).sum();
        for (JsonNode topic : Kustomize.ofKind(overlay, "KafkaTopic")) {
            int replicas = topic.path("spec").path("replicas").asInt();
            int minIsr = topic.path("spec").path("config").path("min.insync.replicas").asInt(1);
            assertTrue(replicas <= brokers, overlay + ": " + topicName(topic) + " has more replicas than brokers");
            assertTrue(minIsr <= replicas && (replicas == 1 || minIsr < replicas),
                    overlay + ": " + topicName(topic) + " stays writable with one broker down");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyTopicTheServicesUseHasAKafkaTopicAndAnAcl(String overlay) {
        Set<String> topics = new TreeSet<>();
        Kustomize.ofKind(overlay, "KafkaTopic").forEach(t -> topics.add(topicName(t)));
        List<String> problems = new ArrayList<>();
        for (String service : Workload.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            Map<String, String> env = Workload.of(overlay, service).literalEnvironment();
            Acls acls = Acls.of(Kustomize.one(overlay, "KafkaUser", service));
            for (ServiceConfig.Channel channel : config.channels(env).values()) {
                Map<String, String> needs = new LinkedHashMap<>();
                channel.topics().forEach(topic -> needs.put(topic, channel.incoming() ? "Read" : "Write"));
                channel.deadLetterTopic().ifPresent(dlq -> needs.put(dlq, "Write"));
                needs.forEach((topic, operation) -> {
                    if (!topics.contains(topic)) {
                        problems.add(
                                service + " channel " + channel.name() + " uses topic " + topic + " which has no KafkaTopic");
                    }
                    if (!acls.allows("topic", topic, operation)) {
                        problems.add(service + " may not " + operation + " " + topic);
                    }
                });
                if (channel.incoming() && !acls.allows("group", channel.groupId(), "Read")) {
                    problems.add(service + " may not Read its consumer group " + channel.groupId());
                }
            }
        }
        assertEquals(List.of(), problems, overlay);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void aclsFollowTheEventContract(String overlay) throws IOException {
        List<String> problems = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(Repository.EVENTS_README)) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            rows++;
            String topic = cells[1].strip().replace("`", "");
            String producer = cells[2].strip();
            for (String service : Workload.SERVICES) {
                Acls acls = Acls.of(Kustomize.one(overlay, "KafkaUser", service));
                boolean produces = producer.equals(service) || (producer.equals("every consumer") && consumesAnything(service));
                boolean consumes = List.of(cells[3].split(",")).stream().map(String::strip).anyMatch(service::equals);
                if (produces != acls.allows("topic", topic, "Write")) {
                    problems.add(service + (produces ? " must" : " must not") + " be allowed to Write " + topic);
                }
                if (consumes != acls.allows("topic", topic, "Read")) {
                    problems.add(service + (consumes ? " must" : " must not") + " be allowed to Read " + topic);
                }
            }
        }
        assertTrue(rows > 0, "deploy/events/README.md has the topic table");
        assertEquals(List.of(), problems, overlay + ": KafkaUser ACLs vs the table in deploy/events/README.md");
    }

    private static boolean consumesAnything(String service) {
        try {
            return Files.readAllLines(Repository.EVENTS_README).stream().filter(l -> l.startsWith("| `"))
                    .anyMatch(l -> List.of(l.split("\\|")[3].split(",")).stream().map(String::strip).anyMatch(service::equals));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A KafkaUser's simple-authorization ACLs. */
    record Acls(List<JsonNode> rules) {

        static Acls of(JsonNode user) {
            assertEquals("simple", user.path("spec").path("authorization").path("type").asText());
            List<JsonNode> rules = new ArrayList<>();
            user.path("spec").path("authorization").path("acls").forEach(rules::add);
            return new Acls(rules);
        }

        boolean allows(String type, String name, String operation) {
            for (JsonNode rule : rules) {
                JsonNode resource = rule.path("resource");
                String pattern = resource.path("name").asText();
                boolean matches = resource.path("patternType").asText("literal").equals("prefix") ? name.startsWith(pattern)
                        : name.equals(pattern);
                boolean granted = rule.path("operations").toString().contains("\"" + operation + "\"")
                        || rule.path("operations").toString().contains("\"All\"");
                if (type.equals(resource.path("type").asText()) && matches && granted
                        && !rule.path("type").asText("allow").equalsIgnoreCase("deny")) {
                    return true;
                }
            }
            return false;
        }
    }
}
