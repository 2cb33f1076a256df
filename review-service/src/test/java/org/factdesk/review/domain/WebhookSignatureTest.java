package org.factdesk.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification (and of its reference libraries' tests). */
    @Test
    void signsLikeTheStandardWebhooksReferenceExample() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.header(List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                        "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"));
    }

    @Test
    void duringARotationEachSecretSignsInTurnAndAMissingPreviousSecretIsSkipped() {
        String current = WebhookSignature.newSecret();
        String previous = WebhookSignature.newSecret();
        String both = WebhookSignature.header(List.of(current, previous), "msg_1", 1700000000L, "{}");
        String[] signatures = both.split(" ");
        assertEquals(2, signatures.length);
        assertEquals("v1," + WebhookSignature.sign(current, "msg_1", 1700000000L, "{}"), signatures[0]);
        assertEquals("v1," + WebhookSignature.sign(previous, "msg_1", 1700000000L, "{}"), signatures[1]);
        assertEquals(signatures[0], WebhookSignature.header(Arrays.asList(current, null), "msg_1", 1700000000L, "{}"));
    }

    @Test
    void theSignatureCoversIdTimestampAndBody() {
        String secret = WebhookSignature.newSecret();
        String signed = WebhookSignature.sign(secret, "msg_1", 1700000000L, "{\"a\":1}");
        assertNotEquals(signed, WebhookSignature.sign(secret, "msg_2", 1700000000L, "{\"a\":1}"));
        assertNotEquals(signed, WebhookSignature.sign(secret, "msg_1", 1700000001L, "{\"a\":1}"));
        assertNotEquals(signed, WebhookSignature.sign(secret, "msg_1", 1700000000L, "{\"a\":2}"));
    }

    @Test
    void newSecretsAreThirtyTwoRandomBytesWithTheWhsecPrefix() {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, WebhookSignature.newSecret());
    }
}
