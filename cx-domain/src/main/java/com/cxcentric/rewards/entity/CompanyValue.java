package com.cxcentric.rewards.entity;

import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A value the company lives by; peer recognition names the value it recognises. */
@Entity
@Table(name = "company_value")
@NamedQuery(name = CompanyValue.FIND_ACTIVE, query = "SELECT v FROM CompanyValue v WHERE v.active = TRUE ORDER BY v.position, v.code")
@NamedQuery(name = CompanyValue.COUNT_ALL, query = "SELECT COUNT(v) FROM CompanyValue v")
public class CompanyValue extends AuditedEntity {

    public static final String FIND_ACTIVE = "CompanyValue.findActive";
    public static final String COUNT_ALL = "CompanyValue.countAll";
    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 120;
    public static final int DESCRIPTION_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "company_value_seq", sequenceName = "company_value_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_value_seq")
    private Long id;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = "[A-Z][A-Z0-9_]*")
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

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected CompanyValue() {
        // for JPA
    }

    public CompanyValue(String code, String name, String description, int position) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.position = position;
    }

    @Override
    public Long getId() {
        return id;
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

    public boolean isActive() {
        return active;
    }

    public void retire() {
        this.active = false;
    }
}
