package com.cxcentric.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * An entry of a short, ordered catalogue that other data refers to by a stable code: a
 * competency, a company value. The code never changes; name and description are what people read.
 */
@MappedSuperclass
public abstract class CatalogEntry extends AuditedEntity {

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 120;
    public static final int DESCRIPTION_LENGTH = 1000;
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]*";

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = CODE_PATTERN)
    @Column(name = "code", nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int position;

    protected CatalogEntry() {
        // for JPA
    }

    protected CatalogEntry(String code, String name, String description, int position) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.position = position;
    }

    /** Changes what the entry is called and where it stands; its code stays. */
    protected void describe(String name, String description, int position) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.position = position;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }
}
