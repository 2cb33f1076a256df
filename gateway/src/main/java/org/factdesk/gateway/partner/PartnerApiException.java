package org.factdesk.gateway.partner;

import org.factdesk.gateway.publishing.PublicSiteException;

/** Why the partner API refuses or cannot answer; {@link PartnerApiProblems} writes it as problem+json. */
public class PartnerApiException extends RuntimeException {

    private final int status;
    private final long retryAfterSeconds;

    private PartnerApiException(int status, String detail, long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static PartnerApiException badRequest(String detail) {
        return new PartnerApiException(400, detail, 0);
    }

    static PartnerApiException tooManyRequests(String client, long retryAfterSeconds) {
        return new PartnerApiException(429, "client " + client + " made more requests than its rate limit allows; "
                + "try again in " + retryAfterSeconds + " s", retryAfterSeconds);
    }

    /** The read model's refusals keep their status and detail; its failures are a passing 503. */
    static PartnerApiException from(Throwable failure) {
        if (failure instanceof PublicSiteException refusal && refusal.status() < 500) {
            return new PartnerApiException(refusal.status(), refusal.getMessage(), 0);
        }
        return new PartnerApiException(503, "the published fact-checks cannot be read right now; try again shortly",
                PartnerApiProblems.UNAVAILABLE_RETRY_SECONDS);
    }

    public int status() {
        return status;
    }

    /** Seconds for Retry-After; 0 when the answer should not carry it. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
