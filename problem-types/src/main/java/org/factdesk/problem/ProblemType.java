package org.factdesk.problem;

/**
 * The RFC 9457 problem types Factdesk answers, as {@code urn:factdesk:problem:<slug>}. Clients (the desk UI shows
 * each in the reader's language) key on the type, so a slug never changes meaning once published; the status stays
 * what HTTP says, and title, detail and extensions keep explaining the single case.
 */
public enum ProblemType {

    /** A request field or parameter has an unacceptable value; violations or field name it. */
    VALIDATION("validation"),
    /** The request cannot be read: broken JSON, an unreadable parameter, an unsupported method or media type. */
    MALFORMED_REQUEST("malformed-request"),
    /** No valid session or bearer token. */
    UNAUTHORIZED("unauthorized"),
    /** The caller's role (or a missing CSRF token) does not allow this request at all. */
    FORBIDDEN("forbidden"),
    /** The role allows the action, but a workflow rule forbids it for this caller on this item (four-eyes). */
    WORKFLOW_RULE("workflow-rule"),
    NOT_FOUND("not-found"),
    /** The request collides with the stored data: a stale version, a concurrent update, a duplicate, a limit. */
    CONFLICT("conflict"),
    /** The item's workflow state does not allow this action now. */
    ILLEGAL_TRANSITION("illegal-transition"),
    TOO_LARGE("too-large"),
    RATE_LIMITED("rate-limited"),
    /** A dependency (database, user directory, a service behind the gateway) cannot answer; trying later helps. */
    UNAVAILABLE("unavailable"),
    INTERNAL("internal");

    public static final String URI_PREFIX = "urn:factdesk:problem:";

    private final String slug;

    ProblemType(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** The value of the problem's {@code type} member. */
    public String uri() {
        return URI_PREFIX + slug;
    }

    /**
     * The type for an error status where no more specific cause is known (a framework's own refusal, a status
     * passed through): the answer for the statuses this table does not name follows their class.
     *
     * @throws IllegalArgumentException for a status that is not an error (a problem is never 2xx or 3xx)
     */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404, 410 -> NOT_FOUND;
            case 409, 412 -> CONFLICT;
            case 413, 414, 431 -> TOO_LARGE;
            case 422 -> VALIDATION;
            case 429 -> RATE_LIMITED;
            case 502, 503, 504 -> UNAVAILABLE;
            default -> {
                if (status >= 400 && status < 500) {
                    yield MALFORMED_REQUEST; // 400, 405, 406, 415 ...: the request as sent cannot be served
                }
                if (status >= 500 && status < 600) {
                    yield INTERNAL;
                }
                throw new IllegalArgumentException("not an error status: " + status);
            }
        };
    }
}
