package org.factdesk.deploy.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * A service's application.properties as the production profile sees it, read from the repository at
 * test time, and the rules by which Quarkus turns environment variables into configuration.
 */
final class ServiceConfig {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");
    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.(.+)");
    private static final Set<String> KAFKA_CLIENT_CONFIGS = kafkaClientConfigs();
    /** Properties Quarkus itself defines that expressions may use; the value stands for any value. */
    private static final Map<String, String> BUILT_IN = Map.of("quarkus.uuid", "00000000-0000-0000-0000-000000000000");

    final String service;
    /** Keys without a profile, overridden by %prod keys: what the packaged service runs with. */
    final Map<String, String> properties;

    private ServiceConfig(String service, Map<String, String> properties) {
        this.service = service;
        this.properties = properties;
    }

    static ServiceConfig of(String service) {
        Path file = Repository.module(service).resolve("src/main/resources/application.properties");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(service, in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    static ServiceConfig parse(String service, Reader in) throws IOException {
        Properties raw = new Properties();
        raw.load(in);
        Map<String, String> effective = new TreeMap<>();
        raw.stringPropertyNames().stream().filter(k -> !k.startsWith("%")).forEach(k -> effective.put(k, raw.getProperty(k)));
        raw.stringPropertyNames().stream().filter(k -> k.startsWith("%prod."))
                .forEach(k -> effective.put(k.substring("%prod.".length()), raw.getProperty(k)));
        return new ServiceConfig(service, effective);
    }

    /** Quarkus' (SmallRye Config's) environment variable name for a property: non-alphanumerics to _, upper case. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Every name used in a ${NAME} or ${NAME:default} expression of a value. */
    Set<String> expressionNames() {
        Set<String> names = new TreeSet<>();
        for (String value : properties.values()) {
            Matcher m = EXPRESSION.matcher(value);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /**
     * Why the service reads this environment variable, or empty when it does not: a ${NAME} expression,
     * a property whose environment name it is, or (KAFKA_*) a Kafka client setting that Quarkus' default
     * Kafka configuration ("default-kafka-broker", which every Kafka channel inherits) builds from every
     * variable starting with KAFKA_: lower case, every character but [a-z0-9.] turned into a dot.
     */
    Optional<String> reads(String env) {
        if (expressionNames().contains(env)) {
            return Optional.of("${" + env + "} in application.properties");
        }
        for (String key : properties.keySet()) {
            if (envName(key).equals(env)) {
                return Optional.of("property " + key);
            }
        }
        if (env.startsWith("KAFKA_") && usesKafka()) {
            String clientConfig = env.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", ".");
            if (KAFKA_CLIENT_CONFIGS.contains(clientConfig)) {
                return Optional.of("Kafka client config " + clientConfig);
            }
        }
        return Optional.empty();
    }

    boolean usesKafka() {
        return properties.keySet().stream().anyMatch(k -> k.startsWith("kafka.") || k.startsWith("mp.messaging."));
    }

    /** The value of a property with expressions expanded, environment variables taking precedence as in Quarkus. */
    Optional<String> value(String key, Map<String, String> env) {
        return lookup(key, env, new HashSet<>());
    }

    String value(String key, Map<String, String> env, String defaultValue) {
        return value(key, env).orElse(defaultValue);
    }

    private Optional<String> lookup(String name, Map<String, String> env, Set<String> resolving) {
        if (!resolving.add(name)) {
            throw new IllegalStateException("cyclic expression at " + name + " in " + service);
        }
        try {
            String value = env.containsKey(name) ? env.get(name)
                    : env.containsKey(envName(name)) ? env.get(envName(name))
                            : properties.getOrDefault(name, BUILT_IN.get(name));
            return Optional.ofNullable(value).map(v -> expand(v, env, resolving));
        } finally {
            resolving.remove(name);
        }
    }

    private String expand(String value, Map<String, String> env, Set<String> resolving) {
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String resolved = lookup(m.group(1), env, resolving).orElse(m.group(2));
            if (resolved == null) {
                throw new IllegalStateException(service + ": ${" + m.group(1) + "} has no value and no default");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(resolved));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A SmallRye Reactive Messaging channel and the Kafka topics it touches. */
    record Channel(String name, boolean incoming, List<String> topics, Optional<String> deadLetterTopic, String groupId) {
    }

    Map<String, Channel> channels(Map<String, String> env) {
        Map<String, Boolean> directions = new LinkedHashMap<>();
        for (String key : properties.keySet()) {
            Matcher m = CHANNEL.matcher(key);
            if (m.matches()) {
                directions.put(m.group(2), m.group(1).equals("incoming"));
            }
        }
        Map<String, Channel> channels = new LinkedHashMap<>();
        directions.forEach((name, incoming) -> {
            String prefix = "mp.messaging." + (incoming ? "incoming." : "outgoing.") + name + ".";
            // "topics" (a comma-separated list, incoming only) wins over "topic"; the channel name is the default.
            List<String> topics = value(prefix + "topics", env)
                    .map(list -> Stream.of(list.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList())
                    .orElseGet(() -> List.of(value(prefix + "topic", env, name)));
            Optional<String> deadLetter = Optional.empty();
            if (incoming && "dead-letter-queue".equals(value(prefix + "failure-strategy", env, "fail"))) {
                deadLetter = Optional.of(value(prefix + "dead-letter-queue.topic", env, "dead-letter-topic-" + name));
            }
            String group = value(prefix + "group.id", env)
                    .or(() -> value("kafka.group.id", env))
                    .orElseGet(() -> value("quarkus.application.name", env, service));
            channels.put(name, new Channel(name, incoming, topics, deadLetter, group));
        });
        return channels;
    }

    private static Set<String> kafkaClientConfigs() {
        Set<String> names = new HashSet<>();
        names.addAll(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        return names;
    }
}
