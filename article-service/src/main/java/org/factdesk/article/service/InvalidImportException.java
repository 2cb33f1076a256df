package org.factdesk.article.service;

import java.util.List;

/** A ClaimReview document with invalid items: nothing of it was stored; every problem is named. */
public class InvalidImportException extends RuntimeException {

    private final List<ClaimReviewParser.ItemProblem> problems;

    public InvalidImportException(List<ClaimReviewParser.ItemProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the document, nothing was "
                + "imported: " + problems.get(0).field() + " " + problems.get(0).message()
                + (problems.size() > 1 ? "; …" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<ClaimReviewParser.ItemProblem> problems() {
        return problems;
    }
}
