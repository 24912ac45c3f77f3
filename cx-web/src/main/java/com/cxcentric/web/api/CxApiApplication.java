package com.cxcentric.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API. Every call needs an API token (or a portal session); see /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "CX Centric API",
                        version = "1",
                        description =
                                "Directory and reference data of CX Centric. Authenticate with 'Authorization: Bearer <token>';"
                                        + " tokens are issued by an administrator with scopes. Errors are application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class CxApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Error statuses go out as they are, with their problem document, not as the server's HTML error page.
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
