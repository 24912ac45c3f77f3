package com.cxcentric.outcomes.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a touchpoint as source systems write it. Survey platforms export the channel the way people
 * write it ({@code Store}, {@code phone}, {@code Home delivery}), not as our codes: a value is read as
 * the code itself, else as one of the source's own values mapped to a touchpoint, else as a code or a
 * touchpoint name in any letter case and spacing.
 */
public final class TouchpointNames {

    private final Map<String, String> codes;
    private final Map<String, String> sourceValues = new HashMap<>();
    private final Map<String, String> loose = new HashMap<>();

    /**
     * @param namesByCode the active touchpoints: code to name
     * @param sourceValues the source's own values (as written) to touchpoint codes
     */
    public TouchpointNames(Map<String, String> namesByCode, Map<String, String> sourceValues) {
        this.codes = Map.copyOf(namesByCode);
        namesByCode.forEach((code, name) -> {
            loose.put(key(code), code);
            if (name != null) {
                loose.putIfAbsent(key(name), code);
            }
        });
        sourceValues.forEach((value, code) -> {
            if (namesByCode.containsKey(code)) {
                this.sourceValues.put(key(value), code);
            }
        });
    }

    /** The touchpoint code a written value stands for, or empty when it names none. */
    public Optional<String> codeOf(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        if (codes.containsKey(written)) {
            return Optional.of(written);
        }
        String key = key(written);
        return Optional.ofNullable(sourceValues.getOrDefault(key, loose.get(key)));
    }

    /** Lower case, with every run of spaces, underscores and hyphens as one space. */
    public static String key(String written) {
        return written.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }
}
