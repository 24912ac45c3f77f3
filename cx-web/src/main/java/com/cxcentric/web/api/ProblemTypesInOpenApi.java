package com.cxcentric.web.api;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes every {@link ProblemType} into the OpenAPI document (schema {@code ProblemType}: the type
 * URIs as an enumeration, each with its status and meaning), so that the list clients read is the
 * list the code answers with. Registered as {@code mp.openapi.filter}.
 */
public class ProblemTypesInOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema types = OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .format("uri")
                .description("The 'type' of every problem document (RFC 9457) this API answers with:\n\n"
                        + Arrays.stream(ProblemType.values())
                                .map(t -> "- `" + t.uri() + "` (" + t.status() + ", " + t.title() + "): "
                                        + t.description())
                                .collect(Collectors.joining("\n")));
        for (ProblemType type : ProblemType.values()) {
            types.addEnumeration(type.uri());
        }
        openAPI.getComponents().addSchema("ProblemType", types);
    }
}
