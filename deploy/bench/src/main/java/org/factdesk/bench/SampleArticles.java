package org.factdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The sample news texts of ../shared/articles, varied per request so that no two ingested articles are the same:
 * a different dateline, paragraphs in a different order, sometimes one left out, as editors paste different cuts.
 */
public final class SampleArticles {

    private final List<List<String>> paragraphs = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final String runTag;

    public SampleArticles(Path dir, String runTag) {
        this.runTag = runTag;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("article-\\d+\\.txt")).sorted().toList()) {
                String text = Files.readString(file);
                List<String> parts = new ArrayList<>(List.of(text.split("\\n\\s*\\n")));
                parts.removeIf(String::isBlank);
                titles.add(parts.get(0).lines().findFirst().orElse("Article").trim());
                paragraphs.add(parts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample articles in " + dir, e);
        }
        if (titles.isEmpty()) {
            throw new IllegalStateException("no article-N.txt in " + dir);
        }
    }

    public int count() {
        return titles.size();
    }

    /** The {@code n}-th variant as a CreateArticleRequest body (JSON). */
    public String createRequest(long n) {
        int which = (int) (n % titles.size());
        Random random = new Random(n * 31 + which);
        List<String> parts = new ArrayList<>(paragraphs.get(which));
        String head = parts.remove(0);
        if (parts.size() > 4) {
            Collections.rotate(parts.subList(1, parts.size()), random.nextInt(parts.size() - 1));
            if (random.nextBoolean()) {
                parts.remove(1 + random.nextInt(parts.size() - 1));
            }
        }
        String body = head + "\n\nKYIV, " + (1 + n % 28) + " March (bench " + runTag + " #" + n + ")\n\n"
                + String.join("\n\n", parts);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", abbreviate(titles.get(which), 440) + " [bench " + runTag + " #" + n + "]");
        request.put("body", body);
        request.put("format", "TEXT");
        request.put("language", "en");
        request.put("publication", "Factdesk benchmark");
        return Json.write(request);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
