package org.factdesk.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/** The event contract in deploy/events, found by walking up from the working directory. */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Fails the test unless {@code payload} is valid against {@code <topic>.schema.json}. */
    public static JsonNode assertValid(String topic, String payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            Set<ValidationMessage> errors = schema(topic).validate(node);
            assertTrue(errors.isEmpty(), topic + " event does not match its schema: " + errors + "\n" + payload);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String topic) {
        return SCHEMAS.computeIfAbsent(topic, name -> {
            try {
                JsonNode schema = JSON.readTree(Files.readString(eventsDir().resolve(name + ".schema.json")));
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Path eventsDir() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy").resolve("events");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no deploy/events above " + System.getProperty("user.dir"));
    }
}
