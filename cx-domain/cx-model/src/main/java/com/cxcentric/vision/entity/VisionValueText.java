package com.cxcentric.vision.entity;

import com.cxcentric.platform.entity.CatalogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One company value's name and description in one language, as a vision version states it. */
@Embeddable
public class VisionValueText {

    @Column(name = "value_code", nullable = false, length = CatalogEntry.CODE_LENGTH)
    private String code;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = CatalogEntry.NAME_LENGTH)
    private String name;

    @Column(name = "description", length = CatalogEntry.DESCRIPTION_LENGTH)
    private String description;

    protected VisionValueText() {
        // for JPA
    }

    public VisionValueText(String code, String language, int position, String name, String description) {
        this.code = Objects.requireNonNull(code, "code");
        this.language = Objects.requireNonNull(language, "language");
        this.position = position;
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
    }

    public String getCode() {
        return code;
    }

    public String getLanguage() {
        return language;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
