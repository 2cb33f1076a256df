package org.factdesk.gateway.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;

class LiveEventHubTest {

    static final Vertx VERTX = Vertx.vertx();

    @AfterAll
    static void close() {
        VERTX.close();
    }

    static LiveStream stream(String subject, String session) {
        return new LiveStream(VERTX, null, Set.of("claims.queued"), subject, subject, session);
    }

    @Test
    void eachUserHasItsLimitAndTheReplicaItsTotal() {
        LiveEventHub hub = new LiveEventHub(2, 3);
        LiveStream first = stream("alice", "s1");
        assertEquals(LiveEventHub.Admission.ADMITTED, hub.admit(first));
        assertEquals(LiveEventHub.Admission.ADMITTED, hub.admit(stream("alice", "s2")));
        assertEquals(LiveEventHub.Admission.USER_LIMIT, hub.admit(stream("alice", "s3")));
        assertEquals(LiveEventHub.Admission.ADMITTED, hub.admit(stream("bob", "s4")));
        assertEquals(LiveEventHub.Admission.TOTAL_LIMIT, hub.admit(stream("carol", "s5")));
        assertEquals(3, hub.openStreams());

        hub.remove(first);
        hub.remove(first);
        assertEquals(2, hub.openStreams(), "removing twice counts once");
        assertEquals(LiveEventHub.Admission.ADMITTED, hub.admit(stream("alice", "s6")));
        assertEquals(LiveEventHub.Admission.TOTAL_LIMIT, hub.admit(stream("alice", "s7")));
    }

    @Test
    void aStreamBelongsToItsSessionOrToEverySessionOfATokenWithoutOne() {
        LiveStream withSession = stream("alice", "s1");
        assertEquals(true, withSession.belongsTo("alice", "s1"));
        assertEquals(false, withSession.belongsTo("alice", "s2"));
        assertEquals(false, withSession.belongsTo("bob", "s1"));
        assertEquals(true, withSession.belongsTo("alice", null));
        assertEquals(true, stream("alice", null).belongsTo("alice", "s9"));
    }
}
