package org.factdesk.review.service;

import java.util.Map;

import org.factdesk.problem.ProblemType;

/** A refusal the API reports as application/problem+json with this type, status, title and detail. */
public class ReviewProblem extends RuntimeException {

    private final ProblemType type;
    private final int status;
    private final String title;
    private final Map<String, Object> extensions;

    private ReviewProblem(ProblemType type, int status, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.type = type;
        this.status = status;
        this.title = title;
        this.extensions = extensions;
    }

    public static ReviewProblem notFound(String detail) {
        return new ReviewProblem(ProblemType.NOT_FOUND, 404, "Not Found", detail, Map.of());
    }

    /** The request collides with the stored data: a stale version, a duplicate, a limit reached. */
    public static ReviewProblem conflict(String detail) {
        return new ReviewProblem(ProblemType.CONFLICT, 409, "Conflict", detail, Map.of());
    }

    /** The item's workflow state does not allow this (no notes once withdrawn); same status as a conflict. */
    public static ReviewProblem wrongState(String detail) {
        return new ReviewProblem(ProblemType.ILLEGAL_TRANSITION, 409, "Conflict", detail, Map.of());
    }

    public static ReviewProblem forbidden(String detail) {
        return new ReviewProblem(ProblemType.FORBIDDEN, 403, "Forbidden", detail, Map.of());
    }

    /** A request field (or parameter) whose value is refused. */
    public static ReviewProblem badRequest(String field, String detail) {
        return new ReviewProblem(ProblemType.VALIDATION, 400, "Bad Request", field + ": " + detail,
                Map.of("field", field));
    }

    /** A query parameter that cannot be read at all (a foreign cursor, an unknown name, a day in another format). */
    public static ReviewProblem unreadableParameter(String name, String detail) {
        return new ReviewProblem(ProblemType.MALFORMED_REQUEST, 400, "Bad Request", name + ": " + detail,
                Map.of("field", name));
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
