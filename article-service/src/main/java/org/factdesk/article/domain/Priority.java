package org.factdesk.article.domain;

public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
