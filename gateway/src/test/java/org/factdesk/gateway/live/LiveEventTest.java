package org.factdesk.gateway.live;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiveEventTest {

    @Test
    void aPersonalEventIsOnlyForItsRecipientAndABroadcastForEveryone() {
        LiveEvent notification = new LiveEvent("notifications", "{}", "reviewer");
        assertTrue(notification.isFor("reviewer"));
        assertTrue(notification.isFor("Reviewer"), "user names compare without case, as Keycloak keeps them");
        assertFalse(notification.isFor("reviewer2"));
        assertFalse(notification.isFor("editor"));

        LiveEvent queued = new LiveEvent("claims.queued", "{}");
        assertTrue(queued.isFor("reviewer"));
        assertTrue(queued.isFor("editor"));
    }
}
