package org.factdesk.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.factdesk.problem.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** RFC 9457 problem bodies: what every error must look like. */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> TYPES = Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList();

    private Problems() {
    }

    /**
     * The response is a problem+json with the given status, one of the published problem types (clients translate by
     * it), a title and a useful detail, and no stack trace.
     *
     * @param what names the case in failure messages
     */
    public static JsonNode assertProblem(String what, int expectedStatus, int status, String contentType, String body) {
        assertEquals(expectedStatus, status, what + ": status (body: " + abbreviate(body) + ")");
        assertTrue(contentType != null && contentType.startsWith("application/problem+json"),
                what + ": content type " + contentType + " (body: " + abbreviate(body) + ")");
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(what + ": problem body is not JSON: " + abbreviate(body), e);
        }
        assertEquals(expectedStatus, problem.path("status").asInt(), what + ": status field of " + abbreviate(body));
        assertTrue(TYPES.contains(problem.path("type").asText()), what + ": not a published type in " + abbreviate(body));
        assertFalse(problem.path("title").asText("").isBlank(), what + ": title missing in " + abbreviate(body));
        assertFalse(problem.path("detail").asText("").isBlank(), what + ": detail missing in " + abbreviate(body));
        assertFalse(body.contains("\tat ") || body.contains("Exception:") && body.contains(".java:"),
                what + ": stack trace in " + abbreviate(body));
        return problem;
    }

    public static String abbreviate(String text) {
        if (text == null) {
            return "<none>";
        }
        return text.length() <= 400 ? text : text.substring(0, 400) + "... (" + text.length() + " chars)";
    }
}
