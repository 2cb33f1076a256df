package org.factdesk.article.rest;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.article.api.ArticleSummary;
import org.factdesk.article.api.ArticleView;
import org.factdesk.article.api.CreateArticleRequest;
import org.factdesk.article.api.Page;
import org.factdesk.article.api.UpdateArticleRequest;
import org.factdesk.article.config.ArticleLimits;
import org.factdesk.article.domain.ArticleStatus;
import org.factdesk.article.repository.ArticleQuery;
import org.factdesk.article.repository.PageCursor;
import org.factdesk.article.service.ArticleService;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "Articles and the claims detected in them")
public class ArticleResource {

    private final ArticleService articles;
    private final SecurityIdentity identity;
    private final ArticleLimits limits;

    public ArticleResource(ArticleService articles, SecurityIdentity identity, ArticleLimits limits) {
        this.articles = articles;
        this.identity = identity;
        this.limits = limits;
    }

    @POST
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Ingest an article", description = "Converts Markdown or HTML to text, detects check-worthy "
            + "sentences and stores them as SUGGESTED claims ranked by score. Bodies over 200 KB are refused with 413.")
    @APIResponse(responseCode = "201", description = "Created; Location names the article")
    public Uni<Response> create(@Valid @NotNull CreateArticleRequest request, UriInfo uri) {
        return articles.create(request, identity.getPrincipal().getName())
                .map(view -> Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                        .entity(view).build());
    }

    @GET
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN, Roles.REVIEWER })
    @Operation(summary = "List and search articles", description = "Newest first. q is a full-text query over title "
            + "and body (web search syntax); from/to bound the creation time; pass next as after for the next page.")
    public Uni<Page<ArticleSummary>> list(
            @QueryParam("q") String q,
            @QueryParam("status") ArticleStatus status,
            @QueryParam("author") String author,
            @Parameter(description = "ISO-8601 instant, inclusive") @QueryParam("from") Instant from,
            @Parameter(description = "ISO-8601 instant, exclusive") @QueryParam("to") Instant to,
            @Parameter(description = "cursor from a previous page's next") @QueryParam("after") String after,
            @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        ArticleQuery query = new ArticleQuery(
                Optional.ofNullable(q).filter(text -> !text.isBlank()),
                Optional.ofNullable(status),
                Optional.ofNullable(author).filter(name -> !name.isBlank()),
                Optional.ofNullable(from),
                Optional.ofNullable(to),
                Optional.ofNullable(after).filter(cursor -> !cursor.isBlank()).map(PageCursor::decode),
                limit == null ? limits.defaultPageSize() : Math.min(limit, limits.maxPageSize()));
        return articles.search(query);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN, Roles.REVIEWER })
    @Operation(summary = "Get an article with its claims in document order", description = "SUGGESTED claims carry their rank by check-worthiness.")
    @APIResponse(responseCode = "404", description = "No such article")
    public Uni<ArticleView> get(@PathParam("id") UUID id) {
        return articles.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Edit an article", description = "Re-detects claims: claims whose text is unchanged keep "
            + "their status and move with the text; version must be the one the edit started from.")
    @APIResponse(responseCode = "409", description = "The article changed since the given version")
    public Uni<ArticleView> update(@PathParam("id") UUID id, @Valid @NotNull UpdateArticleRequest request) {
        return articles.update(id, request);
    }
}
