package org.factdesk.review.domain;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who hears about a change of a review: the people whose work it is or who wait for it, never the person who made
 * the change. Recipients are user names, as the workflow records them.
 */
public final class NotificationRecipients {

    private NotificationRecipients() {
    }

    /** @param actor who made the change; null for the overdue sweep */
    public static Set<String> of(NotificationKind kind, ReviewItem item, String actor) {
        Set<String> recipients = new LinkedHashSet<>();
        switch (kind) {
            case ASSIGNED, CHANGES_REQUESTED -> add(recipients, item.assignee);
            // The editor who queued the claim asked for the check; four-eyes keeps the researcher from approving.
            case SUBMITTED_FOR_APPROVAL -> {
                if (!same(item.queuedBy, item.researchedBy)) {
                    add(recipients, item.queuedBy);
                }
            }
            case PUBLISHED -> {
                add(recipients, item.researchedBy);
                add(recipients, item.queuedBy);
            }
            case CORRECTED -> {
                add(recipients, item.researchedBy);
                add(recipients, item.correctionProposedBy);
                add(recipients, item.queuedBy);
            }
            // Waiting for approval, the editor is late; otherwise whoever holds it, or the editor while nobody does.
            case OVERDUE -> add(recipients, item.state == ReviewState.SUBMITTED || item.assignee == null
                    ? item.queuedBy
                    : item.assignee);
        }
        recipients.removeIf(recipient -> same(recipient, actor));
        return recipients;
    }

    private static void add(Set<String> recipients, String name) {
        if (name != null && !name.isBlank() && recipients.stream().noneMatch(existing -> same(existing, name))) {
            recipients.add(name);
        }
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }
}
