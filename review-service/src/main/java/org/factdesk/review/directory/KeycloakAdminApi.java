package org.factdesk.review.directory;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;

/** The calls of Keycloak's admin REST API the directory needs (base URL: .../admin/realms/{realm}). */
@Produces(MediaType.APPLICATION_JSON)
public interface KeycloakAdminApi {

    /** Keycloak's brief representation includes the e-mail address. */
    record User(String id, String username, Boolean enabled, String email) {
    }

    record Role(String name) {
    }

    /** exact=true matches the whole user name; Keycloak keeps user names in lower case and matches them so. */
    @GET
    @Path("/users")
    Uni<List<User>> users(@HeaderParam("Authorization") String bearer, @QueryParam("username") String username,
            @QueryParam("exact") boolean exact, @QueryParam("briefRepresentation") boolean brief,
            @QueryParam("max") int max);

    /**
     * Users holding the realm role directly (not through a group or a composite role), in pages; needs view-realm and
     * query-users.
     */
    @GET
    @Path("/roles/{role}/users")
    Uni<List<User>> usersInRole(@HeaderParam("Authorization") String bearer, @PathParam("role") String role,
            @QueryParam("first") int first, @QueryParam("max") int max, @QueryParam("briefRepresentation") boolean brief);

    /** Realm roles of the user, composites (e.g. through groups or default roles) included. */
    @GET
    @Path("/users/{id}/role-mappings/realm/composite")
    Uni<List<Role>> realmRoles(@HeaderParam("Authorization") String bearer, @PathParam("id") String userId);
}
