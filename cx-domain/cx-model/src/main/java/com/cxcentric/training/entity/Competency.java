package com.cxcentric.training.entity;

import com.cxcentric.platform.entity.CatalogEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A customer-centricity competency, for example asking gap-finding questions or service recovery.
 * The code is the stable tag that courses, segments and coaching checklists refer to.
 */
@Entity
@Table(name = "competency")
@NamedQuery(name = Competency.FIND_ALL, query = "SELECT c FROM Competency c ORDER BY c.position, c.code")
@NamedQuery(name = Competency.FIND_BY_CODE, query = "SELECT c FROM Competency c WHERE c.code = :code")
public class Competency extends CatalogEntry {

    public static final String FIND_ALL = "Competency.findAll";
    public static final String FIND_BY_CODE = "Competency.findByCode";

    @Id
    @SequenceGenerator(name = "competency_seq", sequenceName = "competency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competency_seq")
    private Long id;

    protected Competency() {
        // for JPA
    }

    public Competency(String code, String name, String description, int position) {
        super(code, name, description, position);
    }

    @Override
    public Long getId() {
        return id;
    }
}
