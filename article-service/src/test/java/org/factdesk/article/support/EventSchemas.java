package org.factdesk.article.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Validates event JSON against deploy/events/&lt;topic&gt;.schema.json, formats (uuid, date-time) included. */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {
    }

    public static void assertValid(String topic, String json) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream schemaFile = Files.newInputStream(RepoFiles.eventSchema(topic))) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaFile, config);
            JsonNode event = JSON.readTree(json);
            Set<ValidationMessage> errors = schema.validate(event);
            assertEquals(Set.of(), errors, topic + " event does not match its schema: " + json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
