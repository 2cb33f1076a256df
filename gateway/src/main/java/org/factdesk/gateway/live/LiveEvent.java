package org.factdesk.gateway.live;

/**
 * One Kafka event on its way to the browsers: the topic and the JSON exactly as the service published it, and for a
 * personal event (a notification) the user name of the one person whose streams may see it; null: everyone allowed
 * the topic.
 */
public record LiveEvent(String topic, String json, String recipient) {

    public LiveEvent(String topic, String json) {
        this(topic, json, null);
    }

    boolean isFor(String username) {
        return recipient == null || recipient.equalsIgnoreCase(username);
    }

    /** The Server-Sent Events frame: the topic as event name, the JSON as data. */
    String toSseFrame() {
        StringBuilder frame = new StringBuilder(json.length() + topic.length() + 16).append("event: ").append(topic);
        // A JSON text only has line breaks between tokens, so split lines rejoin to the same JSON in the browser.
        json.lines().forEach(line -> frame.append("\ndata: ").append(line));
        return frame.append("\n\n").toString();
    }
}
