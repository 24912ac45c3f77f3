package com.cxcentric.vision.control;

import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.entity.CatalogEntry;
import com.cxcentric.vision.entity.VisionText;
import com.cxcentric.vision.entity.VisionValueText;
import com.cxcentric.vision.entity.VisionVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The draft of the next vision version and the rules its texts follow: a draft may be incomplete
 * (saved as it is written), a published version must say everything in every language.
 */
@ApplicationScoped
public class VisionDrafts {

    /** The vision and promise in one language. */
    public record Text(String language, String vision, String promise) {}

    /** A value's name and description in one language; the values' order is that of their first row. */
    public record Value(String code, String language, String name, String description) {}

    /** A version's texts in every language, as written. */
    public record Draft(int number, boolean published, List<Text> texts, List<Value> values) {

        public Draft {
            texts = texts == null ? List.of() : List.copyOf(texts);
            values = values == null ? List.of() : List.copyOf(values);
        }

        public static Draft of(VisionVersion version) {
            List<Text> texts = new ArrayList<>();
            for (String language : VisionVersion.LANGUAGES) {
                version.getTexts().stream()
                        .filter(t -> t.getLanguage().equals(language))
                        .findFirst()
                        .ifPresent(t -> texts.add(new Text(language, t.getVision(), t.getPromise())));
            }
            List<Value> values = new ArrayList<>();
            for (String code : version.valueCodes()) {
                for (String language : VisionVersion.LANGUAGES) {
                    version.getValues().stream()
                            .filter(v ->
                                    v.getCode().equals(code) && v.getLanguage().equals(language))
                            .findFirst()
                            .ifPresent(v -> values.add(new Value(code, language, v.getName(), v.getDescription())));
                }
            }
            return new Draft(version.getNumber(), version.isPublished(), texts, values);
        }
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    /** The current vision: the newest published version, if any. */
    public Optional<VisionVersion> current() {
        return em.createNamedQuery(VisionVersion.FIND_CURRENT, VisionVersion.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The draft being written, if any (there is at most one). */
    public Optional<VisionVersion> open() {
        return em.createNamedQuery(VisionVersion.FIND_DRAFT, VisionVersion.class)
                .getResultStream()
                .findFirst();
    }

    /** A new draft numbered after the newest version, starting from the current vision's texts. */
    public VisionVersion start(String by) {
        Integer newest =
                em.createNamedQuery(VisionVersion.MAX_NUMBER, Integer.class).getSingleResult();
        VisionVersion draft = new VisionVersion(newest == null ? 1 : newest + 1, by);
        current()
                .ifPresent(current -> draft.rewrite(
                        current.getTexts().stream()
                                .map(t -> new VisionText(t.getLanguage(), t.getVision(), t.getPromise()))
                                .toList(),
                        current.getValues().stream()
                                .map(v -> new VisionValueText(
                                        v.getCode(), v.getLanguage(), v.getPosition(), v.getName(), v.getDescription()))
                                .toList(),
                        by));
        em.persist(draft);
        return draft;
    }

    /** The draft's vision texts, checked field by field. */
    public static List<VisionText> texts(Draft draft) {
        List<VisionText> texts = new ArrayList<>();
        Set<String> languages = new HashSet<>();
        for (int i = 0; i < draft.texts().size(); i++) {
            Text text = draft.texts().get(i);
            String language = language(text.language(), "texts[" + i + "].language");
            if (!languages.add(language)) {
                throw new RuleViolationException(
                        "texts[" + i + "].language",
                        "error.vision.languageTwice",
                        "The texts name the language " + language + " twice",
                        language);
            }
            texts.add(new VisionText(
                    language,
                    bounded(text.vision(), VisionText.VISION_LENGTH, "texts[" + language + "].vision"),
                    bounded(text.promise(), VisionText.PROMISE_LENGTH, "texts[" + language + "].promise")));
        }
        return texts;
    }

    /** The draft's value texts, checked field by field. */
    public static List<VisionValueText> values(Draft draft) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<VisionValueText> values = new ArrayList<>();
        for (int i = 0; i < draft.values().size(); i++) {
            Value value = draft.values().get(i);
            String code = value.code() == null ? "" : value.code().strip();
            if (!code.matches(CatalogEntry.CODE_PATTERN) || code.length() > CatalogEntry.CODE_LENGTH) {
                throw new RuleViolationException(
                        "values[" + i + "].code",
                        "error.vision.valueCode",
                        "Value " + (i + 1) + ": the code must be capital letters, digits and _ (at most "
                                + CatalogEntry.CODE_LENGTH + ")",
                        i + 1,
                        CatalogEntry.CODE_LENGTH);
            }
            String language = language(value.language(), "values[" + i + "].language");
            if (!seen.add(code + "/" + language)) {
                throw new RuleViolationException(
                        "values[" + i + "].code",
                        "error.vision.valueTwice",
                        "Value " + code + " is given twice in " + language,
                        code,
                        language);
            }
            positions.putIfAbsent(code, positions.size() + 1);
            values.add(new VisionValueText(
                    code,
                    language,
                    positions.get(code),
                    bounded(value.name(), CatalogEntry.NAME_LENGTH, "values[" + code + "].name." + language),
                    blankToNull(bounded(
                            value.description(),
                            CatalogEntry.DESCRIPTION_LENGTH,
                            "values[" + code + "].description." + language))));
        }
        return values;
    }

    /** Refuses (422, naming the first gap) a version that does not say everything in every language. */
    public static void requireComplete(VisionVersion version) {
        for (String language : VisionVersion.LANGUAGES) {
            VisionText text = version.getTexts().stream()
                    .filter(t -> t.getLanguage().equals(language))
                    .findFirst()
                    .orElse(null);
            if (text == null || text.getVision().isBlank()) {
                throw missing("texts[" + language + "].vision", "error.vision.missingVision", language);
            }
            if (text.getPromise().isBlank()) {
                throw missing("texts[" + language + "].promise", "error.vision.missingPromise", language);
            }
        }
        List<String> codes = version.valueCodes();
        if (codes.isEmpty()) {
            throw new RuleViolationException(
                    "values", "error.vision.noValues", "A vision names at least one company value");
        }
        for (String code : codes) {
            for (String language : VisionVersion.LANGUAGES) {
                boolean named = version.getValues().stream()
                        .anyMatch(v -> v.getCode().equals(code)
                                && v.getLanguage().equals(language)
                                && !v.getName().isBlank());
                if (!named) {
                    throw new RuleViolationException(
                            "values[" + code + "].name." + language,
                            "error.vision.missingValueName",
                            "Value " + code + " has no name in " + language,
                            code,
                            language);
                }
            }
        }
    }

    private static RuleViolationException missing(String field, String key, String language) {
        return new RuleViolationException(
                field, key, field + " is missing: publish says everything in " + language, language);
    }

    private static String language(String language, String field) {
        if (language == null || !VisionVersion.LANGUAGES.contains(language)) {
            throw new RuleViolationException(
                    field,
                    "error.vision.language",
                    "Unknown language " + language + "; the portal's languages are " + VisionVersion.LANGUAGES,
                    String.valueOf(language),
                    String.join(", ", VisionVersion.LANGUAGES));
        }
        return language;
    }

    private static String bounded(String text, int max, String field) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > max) {
            throw new RuleViolationException(
                    field,
                    "error.vision.tooLong",
                    field + " is " + stripped.length() + " characters long, at most " + max + " fit",
                    field,
                    max);
        }
        return stripped;
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
