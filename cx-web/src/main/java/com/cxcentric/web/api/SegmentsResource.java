package com.cxcentric.web.api;

import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.Page;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.segmentation.boundary.Segments;
import com.cxcentric.segmentation.entity.SegmentRuleJson;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Segments: their definitions, their current members (JSON pages, or the whole list as CSV or
 * Excel) and, with {@code directory:write}, creating and changing them. A rule is the JSON of
 * {@link SegmentRuleJson}.
 */
@Path("v1/segments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class SegmentsResource {

    /** A segment as the API shows it. */
    public record SegmentView(
            long id,
            long version,
            String name,
            String description,
            int members,
            Instant recomputedAt,
            JsonObject rule,
            List<String> included,
            List<String> excluded,
            Set<String> competencies,
            Set<Motivator> rewardTypes) {}

    @Inject
    private Segments segments;

    @GET
    @RequiresScope(ApiScope.DIRECTORY_READ)
    @Operation(operationId = "listSegments", summary = "Active segments by name, with member counts; paged.")
    public Page<Segments.SegmentSummary> list(@Valid @BeanParam PageParameters paging) {
        return Pages.slice(segments.list(), paging.toRequest());
    }

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.DIRECTORY_READ)
    @Operation(
            operationId = "getSegment",
            summary = "One segment with its rule, manual members and needs; 404 when unknown.")
    public SegmentView get(@PathParam("id") long id) {
        return view(segments.detail(id));
    }

    @GET
    @Path("{id}/members")
    @RequiresScope(ApiScope.DIRECTORY_READ)
    @Operation(
            operationId = "listSegmentMembers",
            summary = "Current members whose name, number or unit contains q, by name; paged.")
    public Page<Segments.MemberRow> members(
            @PathParam("id") long id,
            @QueryParam("q") @Size(max = 100) String query,
            @Valid @BeanParam PageParameters paging) {
        return segments.members(id, query, Segments.MemberSort.NAME, true, paging.toRequest());
    }

    @GET
    @Path("{id}/members/export")
    @Produces({TableExport.XLSX, TableExport.CSV})
    @RequiresScope(ApiScope.DIRECTORY_READ)
    @Operation(
            operationId = "exportSegmentMembers",
            summary = "Every current member as a download: format=csv (UTF-8, formula-safe) or format=xlsx.")
    public Response export(
            @PathParam("id") long id,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx") String format) {
        var detail = segments.detail(id);
        var members = segments.allMembers(id);
        return TableExport.download(
                format,
                "segment-" + id + "-members",
                detail.summary().name(),
                SegmentMemberExport.HEADERS,
                SegmentMemberExport.rows(members));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.DIRECTORY_WRITE)
    @Operation(
            operationId = "createSegment",
            summary = "Creates a segment from {name, description, rule, included, excluded, competencies, rewardTypes}"
                    + " and computes its members; 201 with Location.")
    public Response create(String body, @Context UriInfo uri) {
        var created = segments.create(form(body));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(view(segments.detail(created.id())))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.DIRECTORY_WRITE)
    @Operation(
            operationId = "updateSegment",
            summary = "Replaces a segment's definition; the body names the version it started from (409 when stale).")
    public SegmentView update(@PathParam("id") long id, String body) {
        JsonObject json = parse(body);
        if (!json.containsKey("version") || json.get("version").getValueType() != JsonValue.ValueType.NUMBER) {
            throw new BadRequestException("The body needs the \"version\" it was read at");
        }
        segments.update(id, json.getJsonNumber("version").longValueExact(), form(json));
        return view(segments.detail(id));
    }

    /** What a recompute of every segment did. */
    public record RecomputeReport(int segments, int joined, int left, long durationMillis) {}

    @POST
    @Path("recompute")
    @RequiresScope(ApiScope.DIRECTORY_WRITE)
    @Operation(
            operationId = "recomputeSegments",
            summary = "Recomputes every active segment for everyone now (it also happens after every import and edit,"
                    + " and hourly).")
    public RecomputeReport recompute() {
        long started = System.nanoTime();
        var changes = segments.recomputeAll();
        return new RecomputeReport(
                changes.size(),
                changes.stream().mapToInt(c -> c.joined()).sum(),
                changes.stream().mapToInt(c -> c.left()).sum(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static SegmentView view(Segments.SegmentDetail detail) {
        var s = detail.summary();
        return new SegmentView(
                s.id(),
                detail.version(),
                s.name(),
                s.description(),
                s.members(),
                s.recomputedAt(),
                Json.createReader(new StringReader(SegmentRuleJson.write(detail.rule())))
                        .readObject(),
                detail.included().stream()
                        .map(Segments.PersonRef::employeeNumber)
                        .toList(),
                detail.excluded().stream()
                        .map(Segments.PersonRef::employeeNumber)
                        .toList(),
                s.competencies(),
                s.rewardTypes());
    }

    private static Segments.SegmentForm form(String body) {
        return form(parse(body));
    }

    private static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (RuntimeException notAnObject) {
            throw new BadRequestException("The body must be a JSON object");
        }
    }

    private static Segments.SegmentForm form(JsonObject json) {
        Set<Motivator> rewards = EnumSet.noneOf(Motivator.class);
        for (String name : strings(json, "rewardTypes")) {
            try {
                rewards.add(Motivator.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                throw new BadRequestException("Unknown reward type \"" + name + "\"");
            }
        }
        JsonValue rule = json.get("rule");
        return new Segments.SegmentForm(
                json.getString("name", null),
                json.getString("description", null),
                rule == null || rule.getValueType() != JsonValue.ValueType.OBJECT
                        ? null
                        : SegmentRuleJson.read(rule.asJsonObject()),
                strings(json, "included"),
                strings(json, "excluded"),
                new TreeSet<>(strings(json, "competencies")),
                rewards);
    }

    private static List<String> strings(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new BadRequestException("\"" + name + "\" must be an array of texts");
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue item : (JsonArray) value) {
            if (!(item instanceof JsonString text)) {
                throw new BadRequestException("\"" + name + "\" must be an array of texts");
            }
            strings.add(text.getString());
        }
        return strings;
    }
}
