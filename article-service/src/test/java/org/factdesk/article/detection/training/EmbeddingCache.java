package org.factdesk.article.detection.training;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.factdesk.article.detection.embedding.SentenceEmbedder;

/**
 * Embeddings of training sentences, kept between runs in {@code target/} (git-ignored): embedding all of
 * train and dev costs over a minute of CPU, and the embedder is deterministic, so a cached vector equals a
 * fresh one and the trained model does not depend on whether the cache existed.
 */
final class EmbeddingCache {

    private final SentenceEmbedder embedder = new SentenceEmbedder();
    private final Path file;
    private final Map<String, float[]> vectors = new HashMap<>();

    EmbeddingCache(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    String text = in.readUTF();
                    float[] v = new float[SentenceEmbedder.DIMENSION];
                    for (int j = 0; j < v.length; j++) {
                        v[j] = in.readFloat();
                    }
                    vectors.put(text, v);
                }
            }
        }
    }

    /** The module's target directory, whether run from the module or the repository root. */
    static Path defaultFile() {
        Path model = TrainModel.committedModelFile();
        Path module = model.getParent().getParent().getParent().getParent().getParent();
        return module.resolve("target").resolve("embedding-cache-minilm-" + SentenceEmbedder.MAX_CHARS + ".bin");
    }

    float[][] embed(List<String> texts) throws IOException {
        float[][] out = new float[texts.size()][];
        int computed = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            float[] v = vectors.get(text);
            if (v == null) {
                v = embedder.embed(text);
                vectors.put(text, v);
                computed++;
                if (computed % 2000 == 0) {
                    System.out.printf("  embedded %d sentences%n", computed);
                }
            }
            out[i] = v;
        }
        if (computed > 0) {
            save();
        }
        return out;
    }

    private void save() throws IOException {
        Files.createDirectories(file.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(vectors.size());
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
    }
}
