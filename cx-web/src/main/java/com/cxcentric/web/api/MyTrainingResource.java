package com.cxcentric.web.api;

import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.boundary.MyTraining;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's own training: their assignments and the certificate of each passed course. */
@Path("v1/me/training")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
@RequiresScope(ApiScope.TRAINING_READ)
public class MyTrainingResource {

    @Inject
    private MyTraining training;

    @GET
    @Operation(operationId = "myTraining", summary = "My assignments: open ones by due date, then completed ones.")
    public List<MyTraining.MyAssignment> mine() {
        return training.mine();
    }

    @GET
    @Path("{assignment}/certificate")
    @Produces("application/pdf")
    @Operation(
            operationId = "myCertificate",
            summary = "The certificate of a passed course as PDF, in the language of Accept-Language (en, nl, id).")
    public Response certificate(@PathParam("assignment") long assignment, @Context HttpHeaders headers) {
        Locale locale = headers.getAcceptableLanguages().stream()
                .filter(l -> List.of("en", "nl", "id").contains(l.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
        var file = training.certificate(assignment, locale);
        return Response.ok(file.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }

    @GET
    @Path("{assignment}/files/{file}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "myLessonFile", summary = "A file a lesson of one of my courses offers for download.")
    public Response file(@PathParam("assignment") long assignment, @PathParam("file") long file) {
        var download = training.file(assignment, file);
        return Response.ok(download.content(), download.contentType())
                .header("Content-Disposition", download.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
