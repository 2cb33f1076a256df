package org.factdesk.gateway.ui;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.factdesk.gateway.config.GatewayConfig;

import io.vertx.ext.web.Router;

/**
 * The UI is a single-page app: a reload or a bookmark of one of its routes (/articles/42, /reviews) must get
 * index.html, which then renders that route. Runs last, so static files, the API and Quarkus' own endpoints are
 * matched first; paths under the configured server prefixes and paths naming a file (a dot in the last segment)
 * are left to answer 404 as they should.
 */
@ApplicationScoped
public class SpaRouting {

    private final GatewayConfig config;

    public SpaRouting(GatewayConfig config) {
        this.config = config;
    }

    void register(@Observes Router router) {
        router.getWithRegex(appRoutes().pattern()).last().handler(context -> context.reroute("/"));
    }

    /** One or more characters after the slash (so "/" itself cannot loop), no server prefix, no dot at the end. */
    Pattern appRoutes() {
        String serverPrefixes = config.ui().serverPaths().stream()
                .map(prefix -> Pattern.quote(prefix.substring(1)) + "(?:/|$)")
                .collect(Collectors.joining("|"));
        return Pattern.compile("^/(?!" + serverPrefixes + ")(?:[^/]+/)*[^/.]+/?$");
    }
}
