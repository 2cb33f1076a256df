package org.factdesk.review.service;

import java.util.Map;

/** A refusal the API reports as application/problem+json with this status, title and detail. */
public class ReviewProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, Object> extensions;

    public ReviewProblem(int status, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.extensions = extensions;
    }

    public static ReviewProblem notFound(String detail) {
        return new ReviewProblem(404, "Not Found", detail, Map.of());
    }

    public static ReviewProblem conflict(String detail) {
        return new ReviewProblem(409, "Conflict", detail, Map.of());
    }

    public static ReviewProblem forbidden(String detail) {
        return new ReviewProblem(403, "Forbidden", detail, Map.of());
    }

    public static ReviewProblem badRequest(String field, String detail) {
        return new ReviewProblem(400, "Bad Request", field + ": " + detail, Map.of("field", field));
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
