package org.factdesk.gateway.publishing;

/** Why a public page cannot be shown; {@link PublicPages} renders it as an HTML page with this status. */
public class PublicSiteException extends RuntimeException {

    private final int status;

    private PublicSiteException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static PublicSiteException notFound(String message) {
        return new PublicSiteException(404, message);
    }

    public static PublicSiteException badRequest(String message) {
        return new PublicSiteException(400, message);
    }

    /** The review-service could not be reached or failed: a passing state, so 503 and the reader tries again. */
    public static PublicSiteException unavailable(String message) {
        return new PublicSiteException(503, message);
    }

    public int status() {
        return status;
    }
}
