package org.factdesk.article.rest;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.factdesk.article.service.BodyTooLargeException;
import org.factdesk.article.service.ClaimTextFrozenException;
import org.factdesk.article.service.ConflictException;
import org.factdesk.article.service.IllegalTransitionException;
import org.factdesk.article.service.InvalidFieldException;
import org.factdesk.article.service.InvalidImportException;
import org.factdesk.article.service.ResourceNotFoundException;
import org.factdesk.article.service.StaleVersionException;
import org.factdesk.problem.ProblemType;
import org.factdesk.support.rest.DatabaseUnavailable;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Every error leaves as application/problem+json with a detail a client can act on. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e, UriInfo uri) {
        return Problem.response(ProblemType.NOT_FOUND, Response.Status.NOT_FOUND, e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException e, UriInfo uri) {
        return Problem.response(ProblemType.CONFLICT, Response.Status.CONFLICT, e.getMessage(), uri.getPath());
    }

    /** Two writers raced past the version check; the loser learns it here. */
    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentEdit(Exception e, UriInfo uri) {
        return Problem.response(ProblemType.CONFLICT, Response.Status.CONFLICT,
                "the resource was changed by someone else meanwhile; reload it and apply the change again", uri.getPath());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        ProblemType type = e instanceof IllegalTransitionException ? ProblemType.ILLEGAL_TRANSITION
                : ProblemType.CONFLICT;
        if (e instanceof ClaimTextFrozenException frozen) {
            return Problem.conflict(type, e.getMessage(), uri.getPath(), frozen.allowedActions());
        }
        return Problem.response(type, Response.Status.CONFLICT, e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response tooLarge(BodyTooLargeException e, UriInfo uri) {
        return Problem.response(ProblemType.TOO_LARGE, Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response invalidImport(InvalidImportException e, UriInfo uri) {
        return Problem.response(ProblemType.VALIDATION, 400, "Bad Request", e.getMessage(), uri.getPath(),
                e.problems().stream().map(problem -> new Problem.Violation(problem.field(), problem.message())).toList());
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e, UriInfo uri) {
        return Problem.response(ProblemType.VALIDATION, 400, "Bad Request", e.getMessage(), uri.getPath(),
                List.of(new Problem.Violation(e.field(), e.getMessage().substring(e.field().length() + 2))));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; "));
        return Problem.response(ProblemType.VALIDATION, 400, "Bad Request", detail, uri.getPath(), violations);
    }

    /** Named one by one: the Jackson extension maps these classes itself, and the most specific mapper wins. */
    @ServerExceptionMapper({ JsonParseException.class, MismatchedInputException.class, InvalidFormatException.class,
            JsonMappingException.class, JsonProcessingException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            // A field of the wrong JSON type is still unreadable JSON, even though it can be named.
            return Problem.response(ProblemType.MALFORMED_REQUEST, 400, "Bad Request",
                    field + ": " + e.getOriginalMessage(), uri.getPath(),
                    List.of(new Problem.Violation(field, e.getOriginalMessage())));
        }
        return Problem.response(ProblemType.MALFORMED_REQUEST, Response.Status.BAD_REQUEST,
                "malformed JSON: " + e.getOriginalMessage(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response badArgument(IllegalArgumentException e, UriInfo uri) {
        return Problem.response(ProblemType.MALFORMED_REQUEST, Response.Status.BAD_REQUEST, e.getMessage(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return Problem.response(ProblemType.UNAUTHORIZED, Response.Status.UNAUTHORIZED,
                "a valid bearer token for article-service is required", uri.getPath());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return Problem.response(ProblemType.UNAUTHORIZED, Response.Status.UNAUTHORIZED,
                "a valid bearer token for article-service is required", uri.getPath());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.response(ProblemType.FORBIDDEN, Response.Status.FORBIDDEN, "your role may not do this", uri.getPath());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 400 && e.getCause() != null
                ? "the request body is not readable JSON: " + e.getCause().getMessage()
                : e.getMessage();
        return Problem.response(ProblemType.forStatus(status.getStatusCode()), status.getStatusCode(),
                status.getReasonPhrase(), detail, uri.getPath(), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        // Hibernate Reactive may hand the optimistic-lock failure over wrapped in a CompletionException.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleObjectStateException) {
                return concurrentEdit((Exception) cause, uri);
            }
        }
        if (DatabaseUnavailable.causes(e)) {
            Log.warnf("database unavailable on %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(Problem.response(ProblemType.UNAVAILABLE, Response.Status.SERVICE_UNAVAILABLE,
                    "the database is unavailable; nothing was changed, try again shortly", uri.getPath()))
                    .header("Retry-After", "5").build();
        }
        Log.errorf(e, "unexpected failure on %s", uri.getPath());
        return Problem.response(ProblemType.INTERNAL, Response.Status.INTERNAL_SERVER_ERROR,
                "unexpected server error; see the service log", uri.getPath());
    }

    /** "create.request.title" -> "title": the client knows fields, not Java parameters. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
