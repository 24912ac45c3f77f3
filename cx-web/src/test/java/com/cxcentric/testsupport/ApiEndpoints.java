package com.cxcentric.testsupport;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the REST resources among the module's compiled classes, so that no endpoint escapes the checks. */
public final class ApiEndpoints {

    private ApiEndpoints() {}

    public static List<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
        var classes = new ArrayList<Class<?>>();
        Path root = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(root.resolve("com/cxcentric"))) {
            for (Path file : files.filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ApiEndpoints.class.getClassLoader());
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }

    /** A state-changing endpoint: its HTTP method, its path (parameters filled in), the media type it takes. */
    public record WriteEndpoint(String method, String path, String consumes, boolean takesBody) {}

    /** Every POST, PUT, PATCH and DELETE endpoint, read from the resource declarations. */
    public static List<WriteEndpoint> writeEndpoints() throws IOException, ClassNotFoundException {
        var endpoints = new ArrayList<WriteEndpoint>();
        for (Class<?> type : resourceClasses()) {
            String classPath = type.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String verb = Stream.of(
                                jakarta.ws.rs.POST.class,
                                jakarta.ws.rs.PUT.class,
                                jakarta.ws.rs.PATCH.class,
                                jakarta.ws.rs.DELETE.class)
                        .filter(method::isAnnotationPresent)
                        .map(a ->
                                a.getAnnotation(jakarta.ws.rs.HttpMethod.class).value())
                        .findFirst()
                        .orElse(null);
                if (verb == null) {
                    continue;
                }
                var sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path =
                        ("api/" + classPath + (sub == null ? "" : "/" + sub.value())).replaceAll("\\{[^}]+}", "1");
                var consumes = method.isAnnotationPresent(jakarta.ws.rs.Consumes.class)
                        ? method.getAnnotation(jakarta.ws.rs.Consumes.class).value()[0]
                        : null;
                endpoints.add(new WriteEndpoint(verb, path, consumes, consumes != null));
            }
        }
        return endpoints;
    }

    /** Every GET endpoint as a path relative to the application, with path parameters filled in. */
    public static List<String> getPaths() throws IOException, ClassNotFoundException {
        var paths = new ArrayList<String>();
        for (Class<?> type : resourceClasses()) {
            String classPath = type.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(jakarta.ws.rs.GET.class)) {
                    var sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = "api/" + classPath + (sub == null ? "" : "/" + sub.value());
                    paths.add(path.replaceAll("\\{[^}]+}", "E00001"));
                }
            }
        }
        return paths;
    }
}
