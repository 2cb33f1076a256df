package org.factdesk.article.events;

import java.util.List;

/** An event this service consumes; it names the required fields a message left out. */
public interface ConsumedEvent {

    List<String> missingFields();

    static void require(List<String> missing, String name, Object value) {
        if (value == null) {
            missing.add(name);
        }
    }
}
