package org.factdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;

/**
 * Proves a document is JSON-LD that expands to a schema.org ClaimReview. There is no internet here, so the
 * schema.org context is served from a local copy of the parts ClaimReview uses; any other URL fails the test.
 */
final class JsonLdCheck {

    private static final String SCHEMA = "http://schema.org/";

    private JsonLdCheck() {
    }

    static void assertExpandsAsClaimReview(String document) throws JsonLdError {
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(document))).loader(schemaOrgOnly()).get();
        assertEquals(1, expanded.size());
        JsonObject review = expanded.getJsonObject(0);
        assertEquals(SCHEMA + "ClaimReview", review.getJsonArray("@type").getString(0));
        assertTrue(review.containsKey(SCHEMA + "claimReviewed"));
        assertTrue(review.containsKey(SCHEMA + "datePublished"));
        assertTrue(review.getJsonArray(SCHEMA + "url").getJsonObject(0).getString("@id").startsWith("http"));
        JsonObject rating = review.getJsonArray(SCHEMA + "reviewRating").getJsonObject(0);
        assertEquals(SCHEMA + "Rating", rating.getJsonArray("@type").getString(0));
        assertTrue(rating.containsKey(SCHEMA + "ratingValue"));
        assertTrue(rating.containsKey(SCHEMA + "bestRating"));
        assertTrue(rating.containsKey(SCHEMA + "worstRating"));
        assertTrue(rating.containsKey(SCHEMA + "alternateName"));
        JsonObject claim = review.getJsonArray(SCHEMA + "itemReviewed").getJsonObject(0);
        assertEquals(SCHEMA + "Claim", claim.getJsonArray("@type").getString(0));
        assertTrue(claim.containsKey(SCHEMA + "appearance"));
        assertTrue(claim.containsKey(SCHEMA + "author"));
        JsonObject author = review.getJsonArray(SCHEMA + "author").getJsonObject(0);
        assertEquals(SCHEMA + "Organization", author.getJsonArray("@type").getString(0));
    }

    private static DocumentLoader schemaOrgOnly() {
        return (url, options) -> {
            if (!URI.create("https://schema.org").equals(url) && !URI.create("https://schema.org/").equals(url)) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: " + url);
            }
            InputStream context = JsonLdCheck.class.getResourceAsStream("/schema.org.context.jsonld");
            Document document = JsonDocument.of(MediaType.JSON_LD, context);
            document.setDocumentUrl(url);
            return document;
        };
    }
}
