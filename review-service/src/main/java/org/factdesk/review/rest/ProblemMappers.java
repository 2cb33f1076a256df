package org.factdesk.review.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.factdesk.problem.ProblemType;
import org.factdesk.review.directory.DirectoryUnavailableException;
import org.factdesk.review.domain.IllegalTransitionException;
import org.factdesk.review.domain.WorkflowRuleViolation;
import org.factdesk.review.service.ReviewProblem;
import org.factdesk.support.rest.DatabaseUnavailable;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Every error as RFC 9457 application/problem+json, with a detail that says what to fix. Never a stack trace. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response reviewProblem(ReviewProblem problem, UriInfo uri) {
        return problem(problem.type(), problem.status(), problem.title(), problem.getMessage(), uri, problem.extensions());
    }

    @ServerExceptionMapper
    public Response workflowRule(WorkflowRuleViolation e, UriInfo uri) {
        return problem(ProblemType.WORKFLOW_RULE, 403, "Forbidden", e.getMessage(), uri, Map.of("rule", e.rule()));
    }

    @ServerExceptionMapper
    public Response directoryUnavailable(DirectoryUnavailableException e, UriInfo uri) {
        Log.warnf("user directory unavailable on %s: %s", uri.getPath(), e.getMessage());
        return Response.fromResponse(problem(ProblemType.UNAVAILABLE, 503, "Service Unavailable",
                e.getMessage() + "; nothing was changed", uri, Map.of())).header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri) {
        return problem(ProblemType.ILLEGAL_TRANSITION, 409, "Conflict", e.getMessage(), uri,
                Map.of("state", e.state(), "allowedTransitions", e.allowedTransitions()));
    }

    /** The losing side of a concurrent update (version checked by the UPDATE itself). */
    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentUpdate(Exception e, UriInfo uri) {
        return problem(ProblemType.CONFLICT, 409, "Conflict",
                "someone else changed this review at the same time; reload it and try again", uri, Map.of());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Map<String, String>> violations = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(ProblemMappers::field))
                .map(v -> Map.of("field", field(v), "message", v.getMessage()))
                .toList();
        String detail = violations.stream().map(v -> v.get("field") + ": " + v.get("message"))
                .collect(Collectors.joining("; "));
        return problem(ProblemType.VALIDATION, 400, "Bad Request", detail, uri, Map.of("violations", violations));
    }

    /** Listed one by one: Quarkus REST has built-in mappers for the subtypes, and the most specific type wins. */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, ValueInstantiationException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        String detail = field.isEmpty()
                ? "malformed JSON: " + e.getOriginalMessage()
                : field + ": " + e.getOriginalMessage();
        return problem(ProblemType.MALFORMED_REQUEST, 400, "Bad Request", detail, uri,
                field.isEmpty() ? Map.of() : Map.of("field", field));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(Exception e, UriInfo uri) {
        Response response = problem(ProblemType.UNAUTHORIZED, 401, "Unauthorized",
                "a valid bearer token for the review-service is required", uri, Map.of());
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ProblemType.FORBIDDEN, 403, "Forbidden", "your role does not allow this", uri, Map.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            Log.error("request failed", e);
        }
        String detail = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        return problem(ProblemType.forStatus(status.getStatusCode()), status.getStatusCode(), status.getReasonPhrase(),
                detail, uri, Map.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentUpdate(new IllegalStateException(cause), uri);
            }
            cause = cause.getCause();
        }
        if (DatabaseUnavailable.causes(e)) {
            Log.warnf("database unavailable on %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(problem(ProblemType.UNAVAILABLE, 503, "Service Unavailable",
                    "the database is unavailable; nothing was changed, try again shortly", uri, Map.of()))
                    .header("Retry-After", "5").build();
        }
        Log.error("unexpected failure", e);
        return problem(ProblemType.INTERNAL, 500, "Internal Server Error", "unexpected failure; it has been logged", uri,
                Map.of());
    }

    static Response problem(ProblemType type, int status, String title, String detail, UriInfo uri,
            Map<String, ?> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri());
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (uri != null) {
            body.put("instance", uri.getPath());
        }
        body.putAll(extensions);
        return Response.status(status).type(ReviewResource.PROBLEM).entity(body).build();
    }

    /** The request field a violation is about: "label" rather than "submit.request.label", or a query parameter. */
    private static String field(ConstraintViolation<?> violation) {
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                properties.clear();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                properties.add(node.getName());
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
