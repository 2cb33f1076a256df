package org.factdesk.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The event contract in deploy/events: test events are checked against it, so they look like the real ones. */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventContract() {
    }

    public static void assertValid(String topic, String json) {
        Path schemaFile = repositoryRoot().resolve("deploy/events/" + topic + ".schema.json");
        try (InputStream schemaStream = Files.newInputStream(schemaFile)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaStream);
            Set<ValidationMessage> errors = schema.validate(JSON.readTree(json));
            assertEquals(Set.of(), errors, topic + " event matches " + schemaFile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Walks up from the working directory (the module when run by Maven) to the directory holding deploy/events. */
    static Path repositoryRoot() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/events"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no deploy/events above " + System.getProperty("user.dir"));
    }
}
