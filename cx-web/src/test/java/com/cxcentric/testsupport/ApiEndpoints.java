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
