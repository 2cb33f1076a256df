package org.factdesk.review.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Address literals only: no test here depends on DNS. */
class WebhookTargetPolicyTest {

    private final WebhookTargetPolicy strict = new WebhookTargetPolicy(List.of());

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.255.0.9, loopback", "::1, loopback", "169.254.169.254, link-local",
            "fe80::1, link-local", "10.0.0.1, private", "172.16.5.4, private", "192.168.1.1, private",
            "0.0.0.0, wildcard", "224.0.0.1, multicast", "100.64.0.1, carrier-grade NAT", "fd12::1, private (unique local)",
            "198.18.0.1, benchmarking", "240.0.0.1, reserved", "::ffff:10.0.0.1, private" })
    void nonPublicAddressesAreNamedByKind(String address, String kind) throws Exception {
        assertEquals(kind, WebhookTargetPolicy.privateKind(InetAddress.getByName(address)));
    }

    @ParameterizedTest
    @CsvSource({ "93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "172.32.0.1", "100.128.0.1" })
    void publicAddressesPass(String address) throws Exception {
        assertNull(WebhookTargetPolicy.privateKind(InetAddress.getByName(address)));
    }

    @Test
    void onlyAbsoluteHttpsUrlsWithoutCredentialsOrFragments() {
        assertEquals("url: only https URLs are accepted (the payload and its signature must not travel in clear text)",
                assertThrows(ReviewProblem.class, () -> strict.check("http://93.184.215.14/hook")).getMessage());
        assertTrue(assertThrows(ReviewProblem.class, () -> strict.check("https://a:b@93.184.215.14/hook"))
                .getMessage().contains("user name or password"));
        assertTrue(assertThrows(ReviewProblem.class, () -> strict.check("https://93.184.215.14/hook#x"))
                .getMessage().contains("fragment"));
        assertTrue(assertThrows(ReviewProblem.class, () -> strict.check("https:///hook")).getMessage()
                .contains("no host"));
        assertEquals(8443, strict.check("https://93.184.215.14:8443/hook").port());
        assertEquals(443, strict.check("https://93.184.215.14/hook").port());
    }

    @Test
    void theAllowListOpensNamedRangesAndNothingElse() {
        WebhookTargetPolicy allowing = new WebhookTargetPolicy(List.of(" 10.20.0.0/16", "192.168.7.7", "fd00::/8"));
        assertEquals("10.20.3.4", allowing.check("https://10.20.3.4/hook").host());
        allowing.check("https://192.168.7.7/hook");
        allowing.check("https://[fd00::5]/hook");
        assertTrue(assertThrows(ReviewProblem.class, () -> allowing.check("https://10.21.0.1/hook")).getMessage()
                .contains("10.21.0.1 resolves to 10.21.0.1, a private address"));
        assertThrows(ReviewProblem.class, () -> allowing.check("https://192.168.7.8/hook"));
        assertThrows(ReviewProblem.class, () -> allowing.check("https://127.0.0.1/hook"));
    }

    @Test
    void aConfiguredHostNameAllowsThatNameOnly() {
        WebhookTargetPolicy allowing = new WebhookTargetPolicy(List.of("LOCALHOST"));
        assertEquals("localhost", allowing.check("https://localhost:9/hook").host());
        assertThrows(ReviewProblem.class, () -> allowing.check("https://127.0.0.1:9/hook"));
        assertThrows(IllegalArgumentException.class, () -> new WebhookTargetPolicy(List.of("10.0.0.0/40")));
    }
}
