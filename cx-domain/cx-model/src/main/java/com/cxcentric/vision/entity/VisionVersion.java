package com.cxcentric.vision.entity;

import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of the CX vision: the vision, the service promise and the company values in each of
 * the portal's languages. A draft's texts are replaced as a whole; publishing freezes them, and the
 * newest published version is the company's current vision.
 */
@Entity
@Table(name = "vision_version")
@NamedQuery(
        name = VisionVersion.FIND_CURRENT,
        query = "SELECT v FROM VisionVersion v WHERE v.status = com.cxcentric.vision.entity.VisionStatus.PUBLISHED"
                + " ORDER BY v.number DESC")
@NamedQuery(
        name = VisionVersion.FIND_DRAFT,
        query = "SELECT v FROM VisionVersion v WHERE v.status = com.cxcentric.vision.entity.VisionStatus.DRAFT")
@NamedQuery(name = VisionVersion.FIND_ALL, query = "SELECT v FROM VisionVersion v ORDER BY v.number DESC")
@NamedQuery(name = VisionVersion.FIND_BY_NUMBER, query = "SELECT v FROM VisionVersion v WHERE v.number = :number")
@NamedQuery(name = VisionVersion.MAX_NUMBER, query = "SELECT MAX(v.number) FROM VisionVersion v")
public class VisionVersion extends AuditedEntity {

    public static final String FIND_CURRENT = "VisionVersion.findCurrent";
    public static final String FIND_DRAFT = "VisionVersion.findDraft";
    public static final String FIND_ALL = "VisionVersion.findAll";
    public static final String FIND_BY_NUMBER = "VisionVersion.findByNumber";
    public static final String MAX_NUMBER = "VisionVersion.maxNumber";

    /** The portal's languages, the default first: a version is published in all of them. */
    public static final List<String> LANGUAGES = List.of("en", "nl", "id");

    @Id
    @SequenceGenerator(name = "vision_version_seq", sequenceName = "vision_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vision_version_seq")
    private Long id;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private VisionStatus status = VisionStatus.DRAFT;

    @Column(name = "drafted_by", nullable = false, length = 64)
    private String draftedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @ElementCollection
    @CollectionTable(name = "vision_text", joinColumns = @JoinColumn(name = "vision_version_id"))
    private List<VisionText> texts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "vision_value_text", joinColumns = @JoinColumn(name = "vision_version_id"))
    private List<VisionValueText> values = new ArrayList<>();

    protected VisionVersion() {
        // for JPA
    }

    public VisionVersion(int number, String draftedBy) {
        this.number = number;
        this.draftedBy = Objects.requireNonNull(draftedBy, "draftedBy");
    }

    /** Replaces the draft's texts; a published version refuses (409). */
    public void rewrite(Collection<VisionText> newTexts, Collection<VisionValueText> newValues, String by) {
        requireDraft();
        texts.clear();
        texts.addAll(newTexts);
        values.clear();
        values.addAll(newValues);
        draftedBy = by;
    }

    /** Freezes the version as the current vision from this day. */
    public void publish(String by, Instant at, LocalDate on) {
        requireDraft();
        status = VisionStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
        publishedOn = on;
    }

    private void requireDraft() {
        if (status != VisionStatus.DRAFT) {
            throw new ConflictException(
                    "number",
                    "error.vision.published",
                    "Version " + number + " of the vision is published and is kept as it was",
                    number);
        }
    }

    /** The text in a language, or in the default language when that one is missing. */
    public Optional<VisionText> text(String language) {
        return texts.stream()
                .filter(t -> t.getLanguage().equals(language))
                .findFirst()
                .or(() -> texts.stream()
                        .filter(t -> t.getLanguage().equals(LANGUAGES.get(0)))
                        .findFirst());
    }

    /** The values in a language (each falling back to the default language), in their order. */
    public List<VisionValueText> values(String language) {
        List<VisionValueText> inLanguage = new ArrayList<>();
        for (String code : valueCodes()) {
            values.stream()
                    .filter(v -> v.getCode().equals(code) && v.getLanguage().equals(language))
                    .findFirst()
                    .or(() -> values.stream()
                            .filter(v ->
                                    v.getCode().equals(code) && v.getLanguage().equals(LANGUAGES.get(0)))
                            .findFirst())
                    .ifPresent(inLanguage::add);
        }
        return inLanguage;
    }

    /** The values' codes in their order. */
    public List<String> valueCodes() {
        return values.stream()
                .sorted(Comparator.comparingInt(VisionValueText::getPosition).thenComparing(VisionValueText::getCode))
                .map(VisionValueText::getCode)
                .distinct()
                .toList();
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public VisionStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == VisionStatus.PUBLISHED;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public List<VisionText> getTexts() {
        return List.copyOf(texts);
    }

    public List<VisionValueText> getValues() {
        return List.copyOf(values);
    }
}
