package org.factdesk.review.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Public page names of fact-checks: the claim's first words in lower-case ASCII, then 12 hex digits of the item id.
 * The words make the URL readable; the id part makes it unique without a lookup (48 random bits: a collision
 * among a million fact-checks has a chance of about 1 in 500, and the unique index refuses it rather than mixing
 * two pages up).
 */
public final class Slugs {

    /** Longest slug: words (up to 80) + '-' + 12 hex digits; the column holds 120. */
    static final int MAX_WORDS_LENGTH = 80;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slugs() {
    }

    public static String of(String claimText, UUID id) {
        String ascii = MARKS.matcher(Normalizer.normalize(claimText, Normalizer.Form.NFD)).replaceAll("");
        String words = NOT_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (words.length() > MAX_WORDS_LENGTH) {
            int cut = words.lastIndexOf('-', MAX_WORDS_LENGTH);
            words = words.substring(0, cut > 0 ? cut : MAX_WORDS_LENGTH);
        }
        String suffix = id.toString().replace("-", "").substring(0, 12);
        return words.isEmpty() ? suffix : words + "-" + suffix;
    }

    /** Whether the text can be a slug at all: anything else is answered 404 without a query. */
    public static boolean isWellFormed(String text) {
        return text != null && text.length() <= 120 && VALID.matcher(text).matches();
    }
}
