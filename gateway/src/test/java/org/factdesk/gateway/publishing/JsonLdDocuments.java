package org.factdesk.gateway.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;

import jakarta.json.JsonObject;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;

/**
 * JSON-LD documents expanded as a consumer (a search engine) reads them. There is no internet here, so the
 * schema.org context comes from a local copy of the terms the markup uses; any other remote context fails.
 */
public final class JsonLdDocuments {

    public static final String SCHEMA = "http://schema.org/";

    private JsonLdDocuments() {
    }

    public static JsonObject expandOne(String document) throws JsonLdError {
        var expanded = JsonLd.expand(JsonDocument.of(new StringReader(document))).loader(schemaOrgOnly()).get();
        assertEquals(1, expanded.size());
        return expanded.getJsonObject(0);
    }

    public static String type(JsonObject node) {
        return node.getJsonArray("@type").getString(0);
    }

    public static JsonObject object(JsonObject node, String property) {
        return node.getJsonArray(SCHEMA + property).getJsonObject(0);
    }

    public static String value(JsonObject node, String property) {
        var value = node.getJsonArray(SCHEMA + property).getJsonObject(0).get("@value");
        return value instanceof jakarta.json.JsonString string ? string.getString() : value.toString();
    }

    /** schema.org declares url (and logo's url) as @id: the expanded form is {"@id": ...}. */
    public static String id(JsonObject node, String property) {
        JsonObject value = node.getJsonArray(SCHEMA + property).getJsonObject(0);
        return value.containsKey("@id") ? value.getString("@id") : value.getString("@value");
    }

    public static DocumentLoader schemaOrgOnly() {
        return (url, options) -> {
            if (!URI.create("https://schema.org").equals(url) && !URI.create("https://schema.org/").equals(url)) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: " + url);
            }
            InputStream context = JsonLdDocuments.class.getResourceAsStream("/schema.org.context.jsonld");
            com.apicatalog.jsonld.document.Document document = JsonDocument.of(MediaType.JSON_LD, context);
            document.setDocumentUrl(url);
            return document;
        };
    }
}
