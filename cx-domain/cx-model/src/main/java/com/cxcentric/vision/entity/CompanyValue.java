package com.cxcentric.vision.entity;

import com.cxcentric.platform.entity.CatalogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A value the company lives by: published with the CX vision (its texts kept per version in {@link
 * VisionValueText}) and named by peer recognition, so both use the same ones.
 */
@Entity
@Table(name = "company_value")
@NamedQuery(
        name = CompanyValue.FIND_ACTIVE,
        query = "SELECT v FROM CompanyValue v WHERE v.active = TRUE ORDER BY v.position, v.code")
@NamedQuery(name = CompanyValue.COUNT_ALL, query = "SELECT COUNT(v) FROM CompanyValue v")
public class CompanyValue extends CatalogEntry {

    public static final String FIND_ACTIVE = "CompanyValue.findActive";
    public static final String COUNT_ALL = "CompanyValue.countAll";

    @Id
    @SequenceGenerator(name = "company_value_seq", sequenceName = "company_value_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_value_seq")
    private Long id;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected CompanyValue() {
        // for JPA
    }

    public CompanyValue(String code, String name, String description, int position) {
        super(code, name, description, position);
    }

    @Override
    public Long getId() {
        return id;
    }

    public boolean isActive() {
        return active;
    }

    public void retire() {
        this.active = false;
    }

    /** Takes the name, description and place a newly published vision gives the value, and makes it active. */
    public void restate(String name, String description, int position) {
        describe(name, description, position);
        this.active = true;
    }
}
