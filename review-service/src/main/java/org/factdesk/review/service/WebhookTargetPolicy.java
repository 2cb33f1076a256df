package org.factdesk.review.service;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.factdesk.review.config.WebhookConfig;

/**
 * Where webhooks may go: HTTPS URLs whose host resolves only to public addresses, unless configuration names the host
 * or its range ({@code factdesk.webhooks.allowed-private-targets}). Checked when an admin registers the URL and again
 * before every request, whose connection then goes to the addresses checked (a name that later resolves inside the
 * network, DNS rebinding, gains nothing).
 */
@ApplicationScoped
public class WebhookTargetPolicy {

    private final List<String> allowedHosts = new ArrayList<>();
    private final List<Cidr> allowedRanges = new ArrayList<>();

    @Inject
    public WebhookTargetPolicy(WebhookConfig config) {
        this(config.allowedPrivateTargets().orElse(List.of()));
    }

    /** @param allowedPrivateTargets host names, addresses or CIDR ranges */
    WebhookTargetPolicy(List<String> allowedPrivateTargets) {
        for (String entry : allowedPrivateTargets) {
            String value = entry.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            if (value.matches("[0-9.]+(/[0-9]+)?") || value.contains(":")) {
                allowedRanges.add(Cidr.parse(value));
            } else {
                allowedHosts.add(value);
            }
        }
    }

    /** A URL that passed the check, with the addresses a request to it may connect to. */
    public record Target(URI uri, String host, int port, List<InetAddress> addresses) {
    }

    /**
     * Checks the URL and resolves its host (blocking: call it off the event loop).
     *
     * @throws ReviewProblem 400 naming what is wrong with the URL
     */
    public Target check(String url) {
        URI uri = parse(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> addresses;
        try {
            addresses = List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw refuse("the host " + host + " does not resolve");
        }
        boolean hostAllowed = allowedHosts.contains(host);
        for (InetAddress address : addresses) {
            String kind = privateKind(address);
            if (kind != null && !hostAllowed && allowedRanges.stream().noneMatch(range -> range.contains(address))) {
                throw refuse(host + " resolves to " + address.getHostAddress() + ", a " + kind + " address; webhooks "
                        + "go only to public addresses unless factdesk.webhooks.allowed-private-targets names the host "
                        + "or its range");
            }
        }
        int port = uri.getPort() == -1 ? 443 : uri.getPort();
        return new Target(uri, host, port, addresses);
    }

    /** The checks that need no DNS: an absolute https URL with a host, no user info, no fragment. */
    static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refuse("not a valid URL: " + e.getReason());
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw refuse("only https URLs are accepted (the payload and its signature must not travel in clear text)");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refuse("the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw refuse("user name or password in the URL are not accepted; receivers verify the signature instead");
        }
        if (uri.getRawFragment() != null) {
            throw refuse("a URL fragment (#...) is never sent to the receiver; remove it");
        }
        return uri;
    }

    /** Null for a public unicast address, otherwise what kind of non-public address it is. */
    static String privateKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isAnyLocalAddress()) {
            return "wildcard";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        for (Map.Entry<Cidr, String> reserved : RESERVED.entrySet()) {
            if (reserved.getKey().contains(address)) {
                return reserved.getValue();
            }
        }
        return null;
    }

    private static final Map<Cidr, String> RESERVED = Map.of(
            Cidr.parse("0.0.0.0/8"), "reserved",
            Cidr.parse("100.64.0.0/10"), "carrier-grade NAT",
            Cidr.parse("192.0.0.0/24"), "reserved",
            Cidr.parse("198.18.0.0/15"), "benchmarking",
            Cidr.parse("240.0.0.0/4"), "reserved",
            Cidr.parse("fc00::/7"), "private (unique local)",
            Cidr.parse("64:ff9b:1::/48"), "reserved");

    private static ReviewProblem refuse(String detail) {
        return ReviewProblem.badRequest("url", detail);
    }

    /** An address range; a bare address is a range of one. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String value) {
            String[] parts = value.split("/", 2);
            byte[] network = literal(parts[0]);
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("bad prefix length in " + value);
            }
            return new Cidr(network, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        /** An IP literal only: never a DNS lookup while reading configuration. */
        private static byte[] literal(String ip) {
            if (!ip.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("not an IP address or range: " + ip);
            }
            try {
                return InetAddress.getByName(ip).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address or range: " + ip, e);
            }
        }
    }
}
