package com.cxcentric.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.testsupport.ApiEndpoints;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every REST endpoint declares who may call it and which token scope it needs. The filter denies
 * undeclared endpoints at run time; this test stops them at build time.
 */
class ApiDeclarationsTest {

    static boolean isEndpoint(Method method) {
        return Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)
                .anyMatch(method::isAnnotationPresent);
    }

    @Test
    void everyEndpointDeclaresRolesAndAScope() throws Exception {
        List<Class<?>> resources = ApiEndpoints.resourceClasses();
        assertFalse(resources.isEmpty(), "no resource classes found");
        var undeclared = new ArrayList<String>();
        for (Class<?> type : resources) {
            for (Method method : type.getDeclaredMethods()) {
                if (!isEndpoint(method)) {
                    continue;
                }
                boolean rule = method.isAnnotationPresent(RolesAllowed.class)
                        || method.isAnnotationPresent(PermitAll.class)
                        || type.isAnnotationPresent(RolesAllowed.class)
                        || type.isAnnotationPresent(PermitAll.class);
                boolean scope = method.isAnnotationPresent(RequiresScope.class)
                        || type.isAnnotationPresent(RequiresScope.class);
                if (!rule || !scope) {
                    undeclared.add(type.getSimpleName() + "." + method.getName() + (rule ? "" : " (no roles)")
                            + (scope ? "" : " (no scope)"));
                }
            }
        }
        assertTrue(undeclared.isEmpty(), "undeclared endpoints: " + undeclared);
    }
}
