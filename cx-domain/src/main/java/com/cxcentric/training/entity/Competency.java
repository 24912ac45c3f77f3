package com.cxcentric.training.entity;

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

/**
 * A customer-centricity competency, for example asking gap-finding questions or service recovery.
 * The code is the stable tag that courses, segments and coaching checklists refer to.
 */
@Entity
@Table(name = "competency")
@NamedQuery(name = Competency.FIND_ALL, query = "SELECT c FROM Competency c ORDER BY c.position, c.code")
@NamedQuery(name = Competency.FIND_BY_CODE, query = "SELECT c FROM Competency c WHERE c.code = :code")
public class Competency extends AuditedEntity {

    public static final String FIND_ALL = "Competency.findAll";
    public static final String FIND_BY_CODE = "Competency.findByCode";
    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 120;
    public static final int DESCRIPTION_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "competency_seq", sequenceName = "competency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competency_seq")
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

    protected Competency() {
        // for JPA
    }

    public Competency(String code, String name, String description, int position) {
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
}
