package com.cxcentric.web.vision;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.boundary.Visions;
import com.cxcentric.vision.boundary.Visions.VersionSummary;
import com.cxcentric.vision.control.VisionDrafts.Draft;
import com.cxcentric.vision.control.VisionDrafts.Text;
import com.cxcentric.vision.control.VisionDrafts.Value;
import com.cxcentric.vision.entity.VisionVersion;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Leadership's vision page ({@code /vision/edit.xhtml}): the draft of the next version in every
 * language, published with a confirmation; the versions so far with how far each got. HR reads it.
 */
@Named
@ViewScoped
public class VisionEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The vision and promise being written in one language. */
    public static final class LanguageText implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String language;
        private String vision = "";
        private String promise = "";

        LanguageText(String language) {
            this.language = language;
        }

        public String getLanguage() {
            return language;
        }

        public String getVision() {
            return vision;
        }

        public void setVision(String vision) {
            this.vision = vision;
        }

        public String getPromise() {
            return promise;
        }

        public void setPromise(String promise) {
            this.promise = promise;
        }
    }

    /** A value being written: its code and its name and description per language. */
    public static final class ValueRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code = "";
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, String> descriptions = new HashMap<>();

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public Map<String, String> getNames() {
            return names;
        }

        public Map<String, String> getDescriptions() {
            return descriptions;
        }
    }

    @Inject
    private transient Visions visions;

    @Inject
    private transient FacesMessages messages;

    private Integer draftNumber;
    private List<LanguageText> texts;
    private List<ValueRow> values;
    private List<VersionSummary> versions;

    @PostConstruct
    void load() {
        versions = visions.versions();
        Draft draft = visions.draft().orElseGet(() -> versions.stream()
                .filter(VersionSummary::published)
                .findFirst()
                .map(v -> visions.version(v.number()))
                .orElse(new Draft(0, false, List.of(), List.of())));
        draftNumber = draft.published() || draft.number() == 0 ? null : draft.number();
        show(draft);
    }

    private void show(Draft draft) {
        texts = new ArrayList<>();
        for (String language : VisionVersion.LANGUAGES) {
            LanguageText text = new LanguageText(language);
            draft.texts().stream()
                    .filter(t -> t.language().equals(language))
                    .findFirst()
                    .ifPresent(t -> {
                        text.setVision(t.vision());
                        text.setPromise(t.promise());
                    });
            texts.add(text);
        }
        values = new ArrayList<>();
        Map<String, ValueRow> byCode = new HashMap<>();
        for (Value value : draft.values()) {
            ValueRow row = byCode.computeIfAbsent(value.code(), code -> {
                ValueRow created = new ValueRow();
                created.setCode(code);
                values.add(created);
                return created;
            });
            row.getNames().put(value.language(), value.name());
            row.getDescriptions().put(value.language(), value.description());
        }
    }

    /** Whether the caller may write and publish (leadership and administrators); HR reads. */
    public boolean isWriter() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Role.EXECUTIVE_NAME) || external.isUserInRole(Role.ADMIN_NAME);
    }

    public void addValue() {
        values.add(new ValueRow());
    }

    public void removeValue(ValueRow row) {
        values.remove(row);
    }

    /** Saves the draft as written. */
    public void save() {
        try {
            Draft saved = visions.saveDraft(draft());
            draftNumber = saved.number();
            show(saved);
            versions = visions.versions();
            messages.info("visionEdit.saved", saved.number());
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** Saves and publishes the draft: every current employee is asked to confirm it. */
    public void publish() {
        try {
            Draft saved = visions.saveDraft(draft());
            VersionSummary published = visions.publish(saved.number());
            draftNumber = null;
            versions = visions.versions();
            messages.info(
                    "visionEdit.published",
                    published.number(),
                    published.progress().asked());
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    private Draft draft() {
        List<Text> draftTexts = texts.stream()
                .map(t -> new Text(t.getLanguage(), t.getVision(), t.getPromise()))
                .toList();
        List<Value> draftValues = new ArrayList<>();
        for (ValueRow row : values) {
            for (String language : VisionVersion.LANGUAGES) {
                draftValues.add(new Value(
                        row.getCode(),
                        language,
                        row.getNames().getOrDefault(language, ""),
                        row.getDescriptions().get(language)));
            }
        }
        return new Draft(draftNumber == null ? 0 : draftNumber, false, draftTexts, draftValues);
    }

    /** The number the draft has or will have. */
    public int getNextNumber() {
        if (draftNumber != null) {
            return draftNumber;
        }
        return versions.stream().mapToInt(VersionSummary::number).max().orElse(0) + 1;
    }

    public boolean isDraftOpen() {
        return draftNumber != null;
    }

    public List<LanguageText> getTexts() {
        return texts;
    }

    public List<ValueRow> getValues() {
        return values;
    }

    public List<String> getLanguages() {
        return VisionVersion.LANGUAGES;
    }

    public List<VersionSummary> getVersions() {
        return versions;
    }

    /** A share of the asked as a whole percentage; a dash when no one was asked. */
    public String percent(long part, long whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + " %";
    }
}
