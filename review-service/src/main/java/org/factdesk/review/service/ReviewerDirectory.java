package org.factdesk.review.service;

import java.util.List;

import org.factdesk.review.domain.Actor;

import io.smallrye.mutiny.Uni;

/**
 * The people of the desk as the identity provider knows them: who may be assigned reviews (users holding the reviewer
 * role), and where a person's notification e-mails go.
 */
public interface ReviewerDirectory {

    /**
     * The reviewer with this user name (matched the way the identity provider matches user names, so a case
     * variant resolves to the real user), or null when there is no such enabled user or they are not a reviewer.
     */
    Uni<Actor> reviewer(String username);

    /**
     * The enabled users holding the reviewer role, by user name, at most {@code max}: the people an editor can
     * assign work to.
     */
    Uni<List<Actor>> reviewers(int max);

    /** The e-mail address of the enabled user with this user name, or null when there is none (or no such user). */
    Uni<String> emailAddress(String username);
}
