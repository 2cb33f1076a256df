package org.factdesk.article.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.factdesk.problem.ProblemType;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details; violations name the offending fields, allowedActions what the client can do instead.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations,
        List<String> allowedActions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }

    public static Response response(ProblemType type, Response.Status status, String detail, String instance) {
        return response(type, status.getStatusCode(), status.getReasonPhrase(), detail, instance, null);
    }

    public static Response response(ProblemType type, int status, String title, String detail, String instance,
            List<Violation> violations) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem(type.uri(), title, status, detail, instance, violations, null))
                .build();
    }

    public static Response conflict(ProblemType type, String detail, String instance, List<String> allowedActions) {
        Response.Status status = Response.Status.CONFLICT;
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem(type.uri(), status.getReasonPhrase(), status.getStatusCode(), detail, instance,
                        null, allowedActions))
                .build();
    }
}
