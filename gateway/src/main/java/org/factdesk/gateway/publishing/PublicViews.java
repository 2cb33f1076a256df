package org.factdesk.gateway.publishing;

import java.util.List;

/** What the public templates render, beside the read model itself. */
public final class PublicViews {

    private PublicViews() {
    }

    /** The site's identity and shared links, on every page. */
    public record Site(String name, String organizationUrl, String logo, String home, String atom, String jsonFeed,
            String stylesheet) {
    }

    /** One value of the rating filter: the query value, the name shown, whether it is the current filter. */
    public record RatingOption(String value, String name, boolean selected) {
    }

    /** The list page's filters as the reader typed them, to fill the form again. */
    public record ListQuery(String q, String from, String to, List<RatingOption> ratings, boolean filtered) {
    }

    /** A step of the 1..5 scale, for showing where a rating sits on it. */
    public record ScaleStep(int value, String name, boolean current) {
    }
}
