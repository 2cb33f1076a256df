package org.factdesk.system.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Forged variants of a real token: what an attacker can make from a token they hold. */
public final class Jwts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Jwts() {
    }

    /** Header {"alg":"none"}, the same claims, and no signature. */
    public static String algNone(String token) {
        String[] parts = token.split("\\.");
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    /** The same header and claims with one signature byte flipped. */
    public static String tamperedSignature(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = DECODER.decode(parts[2]);
        signature[signature.length / 2] ^= 0x5a;
        return parts[0] + "." + parts[1] + "." + ENCODER.encodeToString(signature);
    }

    /** The original signature over claims in which the caller became an admin: a privilege escalation attempt. */
    public static String escalatedClaims(String token) {
        String[] parts = token.split("\\.");
        try {
            ObjectNode claims = (ObjectNode) JSON.readTree(DECODER.decode(parts[1]));
            claims.putObject("realm_access").putArray("roles").add("admin").add("editor").add("reviewer");
            return parts[0] + "." + encode(JSON.writeValueAsString(claims)) + "." + parts[2];
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not a JWT: " + e.getMessage(), e);
        }
    }

    public static ObjectNode claims(String token) {
        try {
            return (ObjectNode) JSON.readTree(DECODER.decode(token.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not a JWT: " + e.getMessage(), e);
        }
    }

    private static String encode(String json) {
        return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
