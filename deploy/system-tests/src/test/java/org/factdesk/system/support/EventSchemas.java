package org.factdesk.system.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The event contract (deploy/events/<topic>.schema.json): events seen on the real topics must match it. */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Parses the event and fails with every violation when it does not match its topic's schema. */
    public static JsonNode valid(String topic, String event) {
        JsonNode json;
        try {
            json = JSON.readTree(event);
        } catch (IOException e) {
            throw new AssertionError("event on " + topic + " is not JSON: " + event, e);
        }
        Set<ValidationMessage> violations = SCHEMAS.computeIfAbsent(topic, EventSchemas::load).validate(json);
        if (!violations.isEmpty()) {
            throw new AssertionError(
                    "event on " + topic + " violates deploy/events/" + topic + ".schema.json: " + violations + "\n" + event);
        }
        return json;
    }

    private static JsonSchema load(String topic) {
        Path file = SystemUnderTest.repositoryRoot().resolve("deploy/events/" + topic + ".schema.json");
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
