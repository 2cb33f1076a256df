package org.factdesk.article.service;

public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String message) {
        super(message);
    }

    public static ResourceNotFoundException article(Object id) {
        return new ResourceNotFoundException("no article with id " + id);
    }

    public static ResourceNotFoundException claim(Object articleId, Object claimId) {
        return new ResourceNotFoundException("article " + articleId + " has no claim with id " + claimId);
    }
}
