package org.factdesk.article.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the {@link ClaimSignal}s of one sentence. The sentence is tokenised once and cues are looked up in
 * word sets, which keeps a sentence to a few microseconds (scoring runs on every sentence of every article).
 * Stateless and thread-safe.
 */
public final class ClaimSignals {

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
            "billion", "billions", "trillion", "dozen", "dozens", "half", "twice", "several");
    private static final Set<String> MAGNITUDES = Set.of("million", "billion", "trillion", "thousand", "bn", "m");
    private static final Set<String> CURRENCIES = Set.of("dollars", "dollar", "euros", "euro", "pounds", "rubles",
            "roubles", "yuan", "cents");
    private static final Set<String> UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
            "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
            "fortnight");
    private static final Set<String> SPAN_QUANTIFIERS = Set.of("a", "an", "few", "several");
    private static final Set<String> MONTHS = Set.of("January", "February", "April", "June", "July", "August",
            "September", "October", "November", "December");
    /** Month names that are also ordinary words count only next to a number. */
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("March", "May", "Jan", "Feb", "Aug", "Sep", "Sept",
            "Oct", "Nov", "Dec");
    private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final Set<String> RELATIVE_PERIODS = Set.of("week", "month", "year");
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "told", "tells", "announced",
            "announces", "confirmed", "confirms", "reported", "reports", "stated", "states", "claimed", "claims",
            "declared", "testified", "estimated", "estimates", "revealed", "disclosed", "admitted", "acknowledged",
            "denied", "warned", "noted", "insisted", "wrote", "tweeted", "posted", "published", "pledged",
            "promised", "vowed");
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "higher", "lower", "larger",
            "bigger", "greater", "smaller", "faster", "slower", "cheaper", "older", "younger", "longer", "shorter");
    private static final Set<String> SUPERLATIVES = Set.of("nearly", "almost", "roughly", "approximately", "highest",
            "lowest", "largest", "biggest", "greatest", "smallest", "fastest", "slowest", "longest", "deadliest",
            "record", "most", "least", "first", "only");
    private static final Set<String> APPROXIMATORS = Set.of("over", "under", "about", "around");
    private static final Set<String> CHANGES = Set.of("increased", "decreased", "rose", "risen", "fell", "fallen",
            "doubled", "tripled", "halved", "cut", "cuts", "raised", "grew", "grown", "dropped", "declined", "lost",
            "created", "killed", "wounded", "voted", "signed", "passed", "vetoed", "approved", "banned", "spent",
            "invested", "launched", "deployed", "seized", "captured", "attacked", "imposed", "lifted", "closed",
            "opened");
    private static final Set<String> TOPICS = Set.of("tax", "taxes", "deficit", "debt", "budget", "unemployment",
            "jobs", "wages", "income", "inflation", "gdp", "economy", "spending", "prices", "casualties", "troops",
            "soldiers", "deaths", "dead", "civilians", "population", "rate", "rates", "sanctions", "tariff",
            "tariffs", "drone", "drones", "missile", "missiles", "ceasefire", "vote", "votes", "law", "bill",
            "treaty", "election", "military");
    private static final Set<String> OPINIONS = Set.of("believe", "believes", "think", "thinks", "feel", "feels",
            "felt", "opinion", "view", "hope", "hopes", "hopefully", "wish", "should", "ought", "must", "wonderful",
            "terrible", "horrible", "awful", "amazing", "fantastic", "great", "beautiful", "disgrace", "disgraceful",
            "shameful", "ridiculous", "absurd", "fascinating", "intriguing", "sad", "tragic", "tragedy", "love",
            "hate", "wonder", "clearly", "obviously", "surely", "undoubtedly", "deserve", "deserves", "vibe",
            "exciting");
    private static final Set<String> HEDGES = Set.of("maybe", "perhaps", "might", "could", "may", "possibly",
            "probably", "likely", "unlikely", "seem", "seems", "seemed", "appear", "appears", "seemingly",
            "arguably", "somewhat", "suggest", "suggests", "speculation", "speculations", "speculate");
    private static final Set<String> IMPERATIVES = Set.of("let's", "think", "imagine", "consider", "look",
            "remember", "take", "make", "don't", "keep", "stay", "join", "subscribe", "share", "click", "read",
            "follow", "leave", "picture", "note");
    private static final Set<String> FIRST_PERSON = Set.of("I", "I'm", "I've", "I'd", "I'll", "me", "my", "mine",
            "myself", "Me", "My");
    private static final String OPENING_QUOTES = "\"“„«";
    private static final String CLOSING_QUOTES = "\"”»";
    private static final String CURRENCY_SIGNS = "$€£¥";
    private static final int FRAGMENT_WORDS = 5;
    private static final int MAX_EVIDENCE = 40;

    private ClaimSignals() {
    }

    /** The signals present in {@code sentence}, each once, in {@link ClaimSignal} order. */
    public static List<SignalMatch> find(String sentence) {
        Sentence s = new Sentence(sentence);
        List<SignalMatch> found = new ArrayList<>();
        add(found, ClaimSignal.NUMBER, s.numbers());
        add(found, ClaimSignal.PERCENTAGE, s.percentage());
        add(found, ClaimSignal.MONEY, s.money());
        add(found, ClaimSignal.QUANTITY, s.quantity());
        add(found, ClaimSignal.DATE, s.date());
        add(found, ClaimSignal.TIME_SPAN, s.timeSpan());
        add(found, ClaimSignal.NAMED_ENTITY, s.namedEntity());
        add(found, ClaimSignal.REPORTING_VERB, s.reportingVerb());
        add(found, ClaimSignal.COMPARISON, s.comparison());
        add(found, ClaimSignal.MEASURABLE_CHANGE, s.firstIn(CHANGES));
        add(found, ClaimSignal.MEASURABLE_TOPIC, s.firstIn(TOPICS));
        add(found, ClaimSignal.QUOTATION, s.quotation());
        add(found, ClaimSignal.OPINION, s.firstIn(OPINIONS));
        add(found, ClaimSignal.QUESTION, s.question());
        add(found, ClaimSignal.HEDGE, s.hedge());
        add(found, ClaimSignal.IMPERATIVE, s.imperative());
        add(found, ClaimSignal.FIRST_PERSON, s.firstPerson());
        add(found, ClaimSignal.FRAGMENT, s.size() < FRAGMENT_WORDS ? "" : null);
        return found;
    }

    private static void add(List<SignalMatch> found, ClaimSignal signal, String evidence) {
        if (evidence != null) {
            String shown = evidence.length() > MAX_EVIDENCE ? evidence.substring(0, MAX_EVIDENCE - 1) + "…" : evidence;
            found.add(new SignalMatch(signal, shown));
        }
    }

    /**
     * Words of a sentence: runs of letters and digits, keeping inner {@code . , : ' ’} (2:30, 50,000, U.S,
     * it’s); hyphens split words so "30-day" is a number and a unit.
     */
    private static final class Sentence {

        private final String text;
        private final List<int[]> spans = new ArrayList<>();
        private final List<String> words = new ArrayList<>();
        private final List<String> lower = new ArrayList<>();

        Sentence(String text) {
            this.text = text;
            int i = 0;
            int n = text.length();
            while (i < n) {
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                        || (".,:'’".indexOf(text.charAt(i)) >= 0 && i + 1 < n
                                && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                    i++;
                }
                String word = text.substring(start, i);
                if (word.indexOf('’') >= 0) {
                    word = word.replace('’', '\'');
                }
                spans.add(new int[] { start, i });
                words.add(word);
                lower.add(word.toLowerCase(Locale.ROOT));
            }
        }

        int size() {
            return words.size();
        }

        private String lower(int i) {
            return i >= 0 && i < lower.size() ? lower.get(i) : "";
        }

        private String span(int from, int to) {
            return text.substring(spans.get(from)[0], spans.get(to)[1]);
        }

        private static boolean hasDigit(String word) {
            for (int i = 0; i < word.length(); i++) {
                if (Character.isDigit(word.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isYear(String word) {
            String w = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            return w.length() == 4 && allDigits(w) && (w.startsWith("18") || w.startsWith("19") || w.startsWith("20"));
        }

        private static boolean allDigits(String word) {
            for (int i = 0; i < word.length(); i++) {
                if (!Character.isDigit(word.charAt(i))) {
                    return false;
                }
            }
            return !word.isEmpty();
        }

        private boolean isNumber(int i) {
            return i >= 0 && i < size() && hasDigit(words.get(i));
        }

        private boolean isAmount(int i) {
            return isNumber(i) || NUMBER_WORDS.contains(lower(i));
        }

        /** The first non-blank character after word i, or 0. */
        private char after(int i) {
            int p = spans.get(i)[1];
            while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            return p < text.length() ? text.charAt(p) : 0;
        }

        /** The first non-blank character before word i, or 0. */
        private char before(int i) {
            int p = spans.get(i)[0] - 1;
            while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
                p--;
            }
            return p >= 0 ? text.charAt(p) : 0;
        }

        String numbers() {
            List<String> shown = new ArrayList<>(2);
            for (int i = 0; i < size() && shown.size() < 2; i++) {
                if (isNumber(i) && !isYear(words.get(i))) {
                    shown.add(words.get(i));
                }
            }
            return shown.isEmpty() ? null : String.join(", ", shown);
        }

        String percentage() {
            for (int i = 0; i < size(); i++) {
                if (isNumber(i) && (after(i) == '%' || lower(i + 1).equals("percent")
                        || (lower(i + 1).equals("per") && lower(i + 2).equals("cent")))) {
                    return after(i) == '%' ? words.get(i) + "%" : span(i, i + 1);
                }
                if (lower(i).equals("percentage") && lower(i + 1).startsWith("point")) {
                    return span(i, i + 1);
                }
            }
            return null;
        }

        String money() {
            for (int i = 0; i < size(); i++) {
                if (!isNumber(i)) {
                    continue;
                }
                int end = MAGNITUDES.contains(lower(i + 1)) ? i + 1 : i;
                if (CURRENCY_SIGNS.indexOf(before(i)) >= 0) {
                    return before(i) + span(i, end);
                }
                if (CURRENCIES.contains(lower(end + 1))) {
                    return span(i, end + 1);
                }
            }
            return null;
        }

        String quantity() {
            for (int i = 0; i < size(); i++) {
                if (NUMBER_WORDS.contains(lower(i))) {
                    int end = i;
                    while (NUMBER_WORDS.contains(lower(end + 1))) {
                        end++;
                    }
                    return span(i, end).toLowerCase(Locale.ROOT);
                }
            }
            return null;
        }

        String date() {
            for (int i = 0; i < size(); i++) {
                String word = words.get(i);
                boolean month = MONTHS.contains(word) || AMBIGUOUS_MONTHS.contains(word);
                if (month && isNumber(i + 1)) {
                    return span(i, i + 1);
                }
                if (month && isNumber(i - 1)) {
                    return span(i - 1, i);
                }
                if (MONTHS.contains(word) || WEEKDAYS.contains(word) || isYear(word)
                        || lower(i).equals("yesterday")) {
                    return word;
                }
                if (lower(i).equals("last") && RELATIVE_PERIODS.contains(lower(i + 1))) {
                    return span(i, i + 1);
                }
            }
            return null;
        }

        String timeSpan() {
            for (int i = 0; i + 1 < size(); i++) {
                if (UNITS.contains(lower(i + 1)) && (isAmount(i) || SPAN_QUANTIFIERS.contains(lower(i)))) {
                    return span(i, i + 1).toLowerCase(Locale.ROOT);
                }
            }
            return null;
        }

        /** Capitalised words after the first, joined across "of", "the", "de"; not the pronoun I. */
        String namedEntity() {
            for (int i = 1; i < size(); i++) {
                if (capitalised(i) && !FIRST_PERSON.contains(words.get(i))) {
                    int end = i;
                    while (true) {
                        if (capitalised(end + 1)) {
                            end++;
                        } else if (Set.of("of", "the", "de").contains(lower(end + 1)) && capitalised(end + 2)) {
                            end += 2;
                        } else {
                            break;
                        }
                    }
                    return span(i, end);
                }
            }
            return null;
        }

        private boolean capitalised(int i) {
            return i < size() && Character.isUpperCase(words.get(i).charAt(0));
        }

        String reportingVerb() {
            for (int i = 0; i < size(); i++) {
                if ((lower(i).equals("according") || lower(i).equals("agreed")) && lower(i + 1).equals("to")) {
                    return lower(i) + " to";
                }
                if (REPORTING_VERBS.contains(lower(i))) {
                    return lower(i);
                }
            }
            return null;
        }

        String comparison() {
            for (int i = 0; i < size(); i++) {
                String w = lower(i);
                if (COMPARATIVES.contains(w) && lower(i + 1).equals("than")) {
                    return w + " than";
                }
                if (w.equals("at") && lower(i + 1).equals("least")) {
                    return "at least";
                }
                if (w.equals("as") && (lower(i + 1).equals("many") || lower(i + 1).equals("much"))
                        && lower(i + 2).equals("as")) {
                    return "as " + lower(i + 1) + " as";
                }
                if ((APPROXIMATORS.contains(w) || (w.equals("up") && lower(i + 1).equals("to"))) && isAmount(
                        w.equals("up") ? i + 2 : i + 1)) {
                    return w.equals("up") ? "up to" : w;
                }
                if (SUPERLATIVES.contains(w)) {
                    return w;
                }
            }
            return null;
        }

        String firstIn(Set<String> cues) {
            for (int i = 0; i < size(); i++) {
                if (cues.contains(lower(i))) {
                    return lower(i);
                }
            }
            return null;
        }

        /** Each opening quote pairs with the first closing one after it, found once for all openings before it. */
        String quotation() {
            int close = -1;
            for (int open = 0; open < text.length(); open++) {
                if (OPENING_QUOTES.indexOf(text.charAt(open)) < 0) {
                    continue;
                }
                if (close <= open) {
                    close = open + 1;
                    while (close < text.length() && CLOSING_QUOTES.indexOf(text.charAt(close)) < 0) {
                        close++;
                    }
                    if (close == text.length()) {
                        return null;
                    }
                }
                if (close - open > 3) {
                    return text.substring(open, close + 1);
                }
            }
            return null;
        }

        String question() {
            for (int p = text.length() - 1; p >= 0; p--) {
                char c = text.charAt(p);
                if (c == '?') {
                    return "";
                }
                if (!Character.isWhitespace(c) && "\"”’)]".indexOf(c) < 0) {
                    return null;
                }
            }
            return null;
        }

        String hedge() {
            for (int i = 0; i < size(); i++) {
                if ((lower(i).equals("sort") || lower(i).equals("kind")) && lower(i + 1).equals("of")) {
                    return lower(i) + " of";
                }
                if (HEDGES.contains(lower(i))) {
                    return lower(i);
                }
            }
            return null;
        }

        String imperative() {
            if (size() == 0) {
                return null;
            }
            String first = lower(0);
            if (IMPERATIVES.contains(first)) {
                return words.get(0).replace('\'', '’');
            }
            boolean pair = (first.equals("let") && lower(1).equals("us")) || (first.equals("do") && lower(1).equals("not"))
                    || (first.equals("sign") && lower(1).equals("up")) || (first.equals("check") && lower(1).equals("out"));
            return pair ? span(0, 1) : null;
        }

        String firstPerson() {
            for (int i = 0; i < size(); i++) {
                if (FIRST_PERSON.contains(words.get(i))) {
                    return lower(i);
                }
            }
            return null;
        }
    }
}
