package org.factdesk.article.domain;

public enum ClaimOrigin {
    DETECTED,
    EDITOR
}
