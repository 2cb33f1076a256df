package org.factdesk.gateway.publishing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/** How the public pages write dates and ratings. */
@TemplateExtension
public final class PublicFormat {

    /** The verdict scale in the order readers scan it, with the names the pages show. */
    public static final Map<String, String> RATINGS = ratings();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private PublicFormat() {
    }

    /** "2 December 2026" (UTC), for people. */
    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** ISO-8601, for the datetime attribute of time elements. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** "Mostly false" for MOSTLY_FALSE. */
    static String ratingName(String rating) {
        return RATINGS.getOrDefault(rating, rating);
    }

    /** CSS class of a rating: the word after "rating-" in lower case. */
    static String ratingClass(String rating) {
        return "rating-" + rating.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, String> ratings() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("TRUE", "True");
        names.put("MOSTLY_TRUE", "Mostly true");
        names.put("HALF_TRUE", "Half true");
        names.put("MOSTLY_FALSE", "Mostly false");
        names.put("FALSE", "False");
        names.put("MISLEADING", "Misleading");
        names.put("UNPROVEN", "Unproven");
        names.put("NOT_A_CLAIM", "Not a claim");
        return java.util.Collections.unmodifiableMap(names);
    }
}
