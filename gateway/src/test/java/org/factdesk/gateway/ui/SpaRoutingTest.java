package org.factdesk.gateway.ui;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.factdesk.gateway.BrowserSession;
import org.factdesk.gateway.TestBackend;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The UI built by the Maven build is served by the gateway, with index.html for every route of the app. */
@QuarkusTest
@WithTestResource(TestBackend.class)
class SpaRoutingTest {

    private static final String APP_ROOT = "<div id=\"root\"></div>";

    @Test
    void startPageAndDeepLinksOfTheAppGetIndexHtml() {
        BrowserSession editor = BrowserSession.signIn("editor");
        for (String path : new String[] { "/", "/articles/42", "/reviews", "/reviews/7/history/" }) {
            editor.request().get(path).then()
                    .statusCode(200)
                    .contentType("text/html")
                    .body(containsString(APP_ROOT));
        }
    }

    @Test
    void builtAssetsAreServedAndMissingFilesAre404() {
        BrowserSession editor = BrowserSession.signIn("editor");
        String index = editor.request().get("/").then().statusCode(200).extract().asString();
        String script = index.replaceAll("(?s).*<script type=\"module\"[^>]*src=\"([^\"]+)\".*", "$1");
        editor.request().get(script).then().statusCode(200).contentType(containsString("javascript"));
        editor.request().get("/assets/no-such-file.js").then().statusCode(404);
    }

    @Test
    void serverPathsAreNeverAnsweredWithTheApp() {
        BrowserSession editor = BrowserSession.signIn("editor");
        for (String path : new String[] { "/api/no-such-endpoint", "/q/no-such-endpoint" }) {
            editor.request().get(path).then()
                    .statusCode(404)
                    .body(not(containsString(APP_ROOT)));
        }
    }
}
