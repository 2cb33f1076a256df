package org.factdesk.article.service;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.factdesk.article.config.ArticleLimits;
import org.factdesk.article.domain.BodyFormat;

import io.smallrye.mutiny.Uni;

/** Size check, conversion to text and claim detection, done before any transaction opens. */
@ApplicationScoped
public class BodyAnalyzer {

    private final BodyTextConverter converter;
    private final ClaimSuggester suggester;
    private final ArticleLimits limits;

    public BodyAnalyzer(BodyTextConverter converter, ClaimSuggester suggester, ArticleLimits limits) {
        this.converter = converter;
        this.suggester = suggester;
        this.limits = limits;
    }

    public Uni<BodyAnalysis> analyze(String input, BodyFormat format) {
        long bytes = input.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxBodyBytes()) {
            return Uni.createFrom().failure(new BodyTooLargeException(bytes, limits.maxBodyBytes()));
        }
        return Offload.compute(() -> convertAndDetect(input, format == null ? BodyFormat.TEXT : format));
    }

    /** The work itself, on the calling thread; linear in the body's size and bounded by the detection caps. */
    BodyAnalysis convertAndDetect(String input, BodyFormat format) {
        String body = converter.toText(input, format);
        if (body.isBlank()) {
            throw new InvalidFieldException("body", "must contain text");
        }
        return new BodyAnalysis(body, suggester.suggest(body));
    }
}
