package org.factdesk.article.domain;

public enum BodyFormat {
    TEXT,
    MARKDOWN,
    HTML
}
