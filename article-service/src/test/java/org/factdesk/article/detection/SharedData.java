package org.factdesk.article.detection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/** Locates the read-only {@code shared} data directory beside the repository, whatever the working directory. */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("articles"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/articles directory above " + System.getProperty("user.dir"));
    }

    public static Path checkworthy(String file) {
        return root().resolve("checkworthy").resolve(file);
    }

    /** The five sample articles, article-1.txt to article-5.txt. */
    public static List<String> articles() {
        return IntStream.rangeClosed(1, 5).mapToObj(SharedData::article).toList();
    }

    public static String article(int number) {
        try {
            return Files.readString(root().resolve("articles").resolve("article-" + number + ".txt"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
