package org.factdesk.article.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@link ClaimSignal}s of one sentence with precompiled patterns; stateless and thread-safe. */
public final class ClaimSignals {

    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands"
            + "|million|millions|billion|billions|trillion|dozen|dozens|half|twice|several";
    private static final String UNITS = "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)"
            + "|fortnight";

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(?:1[89]|20)\\d{2}s?(?![\\d.,]*\\d)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,:]\\d+)*(?:\\s?(?:am|pm))?");
    private static final Pattern PERCENTAGE =
            Pattern.compile("\\d+(?:[.,]\\d+)?\\s?(?:%|percent\\b|per cent\\b)|percentage points?", CASE);
    private static final Pattern MONEY = Pattern.compile(
            "[$€£¥]\\s?\\d[\\d.,]*(?:\\s?(?:million|billion|trillion|[mbk]n?)\\b)?"
                    + "|\\b\\d[\\d.,]*\\s?(?:million|billion|trillion)?\\s?(?:dollars|euros|pounds|rubles|roubles|yuan)\\b",
            CASE);
    private static final Pattern QUANTITY = Pattern.compile(
            "\\b(?:" + NUMBER_WORDS + ")\\b(?:\\s+(?:of\\s+)?(?:" + NUMBER_WORDS + "))*", CASE);
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+\\d{1,4}\\b"
                    + "|\\b\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|October"
                    + "|November|December)\\b"
                    + "|\\b(?:January|February|April|June|July|August|September|October|November|December)\\b"
                    + "|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
                    + "|\\b(?:yesterday|last\\s+(?:week|month|year)|(?:in|since|by|until)\\s+(?:1[89]|20)\\d{2})\\b"
                    + "|(?<![\\d.,])(?:1[89]|20)\\d{2}s?(?![\\d.,]*\\d)");
    private static final Pattern TIME_SPAN = Pattern.compile(
            "\\b(?:\\d+|" + NUMBER_WORDS + "|a|an|few|several)[\\s-]+(?:" + UNITS + ")\\b", CASE);
    private static final Pattern NAMED_ENTITY = Pattern.compile(
            "(?<=[\\s\\p{Pi}\"(])(?!I\\b|I[’']\\p{L}{1,2}\\b)\\p{Lu}[\\p{L}\\d.'’&-]*(?:\\s+(?:of\\s+|de\\s+|the\\s+)?\\p{Lu}[\\p{L}\\d.'’&-]*)*");
    private static final Pattern REPORTING_VERB = Pattern.compile(
            "\\b(?:according to|said|says|told|tells|announced|announces|confirmed|confirms|reported|reports"
                    + "|stated|states|claimed|claims|declared|testified|estimated|estimates|revealed|disclosed"
                    + "|admitted|acknowledged|denied|warned|noted|insisted|wrote|tweeted|posted|published"
                    + "|agreed to|pledged|promised|vowed)\\b",
            CASE);
    private static final Pattern COMPARISON = Pattern.compile(
            "\\b(?:(?:more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster|slower|cheaper|older|younger"
                    + "|longer|shorter) than|at least|nearly|almost|roughly|approximately|as many as|as much as"
                    + "|(?:over|under|about|around|up to) (?=\\d|" + NUMBER_WORDS + ")"
                    + "|highest|lowest|largest|biggest|greatest|smallest|fastest|slowest|longest|deadliest|record"
                    + "|most|least|first|only)\\b",
            CASE);
    private static final Pattern MEASURABLE_CHANGE = Pattern.compile(
            "\\b(?:increased|decreased|rose|risen|fell|fallen|doubled|tripled|halved|cut|cuts|raised|grew|grown"
                    + "|dropped|declined|lost|created|killed|wounded|voted|signed|passed|vetoed|approved|banned"
                    + "|spent|invested|launched|deployed|seized|captured|attacked|imposed|lifted|closed|opened)\\b",
            CASE);
    private static final Pattern MEASURABLE_TOPIC = Pattern.compile(
            "\\b(?:tax|taxes|deficit|debt|budget|unemployment|jobs|wages|income|inflation|gdp|economy|spending"
                    + "|prices|casualties|troops|soldiers|deaths|dead|civilians|population|rate|rates|sanctions"
                    + "|tariffs?|drones?|missiles?|ceasefire|votes?|law|bill|treaty|election|military)\\b",
            CASE);
    private static final Pattern QUOTATION = Pattern.compile("[\"“„«][^\"”“„«»]{3,}[\"”»]");
    private static final Pattern OPINION = Pattern.compile(
            "\\b(?:believe|believes|think|thinks|feel|feels|felt|opinion|view|hope|hopes|hopefully|wish|should"
                    + "|ought|must|wonderful|terrible|horrible|awful|amazing|fantastic|great|beautiful|disgrace"
                    + "|disgraceful|shameful|ridiculous|absurd|fascinating|intriguing|sad|tragic|tragedy|love|hate"
                    + "|wonder|clearly|obviously|surely|undoubtedly|deserve|deserves|vibe|exciting)\\b",
            CASE);
    private static final Pattern QUESTION = Pattern.compile("\\?[\\s\"”’)\\]]*$");
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:maybe|perhaps|might|could|may|possibly|probably|likely|unlikely|seems?|seemed|appears?"
                    + "|seemingly|arguably|somewhat|sort of|kind of|suggests?|speculat\\w*)\\b",
            CASE);
    private static final Pattern IMPERATIVE = Pattern.compile(
            "^(?:let[’']s|let us|think|imagine|consider|look|remember|take|make|don[’']t|do not|keep|stay|join"
                    + "|subscribe|share|click|read|sign up|follow|leave|check out|picture|note)\\b",
            CASE);
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|I[’']m|I[’']ve|I[’']d|me|my|mine|myself)\\b");
    /** "U.S." keeps its final dot; "Europe." at a sentence end loses it. */
    private static final Pattern ABBREVIATION_END = Pattern.compile("\\.\\p{L}\\.$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    private static final int FRAGMENT_WORDS = 5;
    private static final int MAX_EVIDENCE = 40;

    private ClaimSignals() {
    }

    /** The signals present in {@code sentence}, each once, in {@link ClaimSignal} order. */
    public static List<SignalMatch> find(String sentence) {
        String text = sentence.strip();
        List<SignalMatch> found = new ArrayList<>();
        addNumbers(text, found);
        add(found, ClaimSignal.PERCENTAGE, PERCENTAGE, text);
        add(found, ClaimSignal.MONEY, MONEY, text);
        add(found, ClaimSignal.QUANTITY, QUANTITY, text);
        add(found, ClaimSignal.DATE, DATE, text);
        add(found, ClaimSignal.TIME_SPAN, TIME_SPAN, text);
        add(found, ClaimSignal.NAMED_ENTITY, NAMED_ENTITY, text);
        add(found, ClaimSignal.REPORTING_VERB, REPORTING_VERB, text);
        add(found, ClaimSignal.COMPARISON, COMPARISON, text);
        add(found, ClaimSignal.MEASURABLE_CHANGE, MEASURABLE_CHANGE, text);
        add(found, ClaimSignal.MEASURABLE_TOPIC, MEASURABLE_TOPIC, text);
        add(found, ClaimSignal.QUOTATION, QUOTATION, text);
        add(found, ClaimSignal.OPINION, OPINION, text);
        if (QUESTION.matcher(text).find()) {
            found.add(new SignalMatch(ClaimSignal.QUESTION, ""));
        }
        add(found, ClaimSignal.HEDGE, HEDGE, text);
        Matcher imperative = IMPERATIVE.matcher(text);
        if (imperative.lookingAt()) {
            found.add(new SignalMatch(ClaimSignal.IMPERATIVE, imperative.group()));
        }
        add(found, ClaimSignal.FIRST_PERSON, FIRST_PERSON, text);
        if (wordCount(text) < FRAGMENT_WORDS) {
            found.add(new SignalMatch(ClaimSignal.FRAGMENT, ""));
        }
        return found;
    }

    /** Digits other than a bare year, which counts as a date instead. */
    private static void addNumbers(String text, List<SignalMatch> found) {
        Matcher m = NUMBER.matcher(text);
        StringJoiner evidence = new StringJoiner(", ");
        int shown = 0;
        while (m.find() && shown < 2) {
            if (!YEAR.matcher(m.group()).matches()) {
                evidence.add(m.group());
                shown++;
            }
        }
        if (shown > 0) {
            found.add(new SignalMatch(ClaimSignal.NUMBER, evidence.toString()));
        }
    }

    private static void add(List<SignalMatch> found, ClaimSignal signal, Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            found.add(new SignalMatch(signal, evidence(signal, m.group().strip())));
        }
    }

    /** Proper names and quotes keep their case; cue words are shown in lower case; long quotes are cut. */
    private static String evidence(ClaimSignal signal, String words) {
        boolean keepCase = signal == ClaimSignal.NAMED_ENTITY || signal == ClaimSignal.QUOTATION
                || signal == ClaimSignal.DATE || signal == ClaimSignal.MONEY;
        String shown = keepCase ? words : words.toLowerCase(Locale.ROOT);
        if (signal == ClaimSignal.NAMED_ENTITY && shown.endsWith(".") && !ABBREVIATION_END.matcher(shown).find()) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown.length() > MAX_EVIDENCE ? shown.substring(0, MAX_EVIDENCE - 1) + "…" : shown;
    }

    private static int wordCount(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        while (m.find()) {
            words++;
        }
        return words;
    }
}
