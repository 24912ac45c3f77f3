package com.cxcentric.organization.entity;

import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A node of the org hierarchy: company, division, department or team, with an optional lead. */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = OrgUnit.FIND_BY_CODE, query = "SELECT u FROM OrgUnit u WHERE u.code = :code")
@NamedQuery(name = OrgUnit.FIND_BY_TYPE, query = "SELECT u FROM OrgUnit u WHERE u.type = :type ORDER BY u.name")
@NamedQuery(name = OrgUnit.FIND_LED_BY, query = "SELECT u FROM OrgUnit u WHERE u.lead = :lead ORDER BY u.name")
public class OrgUnit extends AuditedEntity {

    public static final String FIND_BY_CODE = "OrgUnit.findByCode";
    public static final String FIND_BY_TYPE = "OrgUnit.findByType";
    public static final String FIND_LED_BY = "OrgUnit.findLedBy";
    public static final int CODE_LENGTH = 32;
    public static final int NAME_LENGTH = 150;

    @Id
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    private Long id;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Column(name = "code", nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 16)
    private OrgUnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_id")
    private Employee lead;

    protected OrgUnit() {
        // for JPA
    }

    public OrgUnit(String code, String name, OrgUnitType type, OrgUnit parent) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.parent = parent;
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

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name");
    }

    public OrgUnitType getType() {
        return type;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public Employee getLead() {
        return lead;
    }

    public void appointLead(Employee newLead) {
        this.lead = newLead;
    }
}
