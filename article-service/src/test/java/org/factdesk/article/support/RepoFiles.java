package org.factdesk.article.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files outside the module: the shared sample articles and the repository's event contract. */
public final class RepoFiles {

    private RepoFiles() {
    }

    /** Walks up from the working directory until {@code relative} exists. */
    public static Path find(String relative) {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no " + relative + " above " + System.getProperty("user.dir"));
    }

    public static String sharedArticle(int number) {
        return read(find("shared/articles").resolve("article-" + number + ".txt"));
    }

    public static Path eventSchema(String topic) {
        return find("deploy/events").resolve(topic + ".schema.json");
    }

    public static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
