package com.cxcentric.rewards.entity;

import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A badge: its name and image (an icon of the portal's set, in a colour), its criteria as people
 * read them, the rule that grants it (with its course or scheme and streak) and for how many
 * months a grant holds (none: for good).
 */
@Entity
@Table(name = "badge")
@NamedQuery(name = Badge.FIND_BY_CODE, query = "SELECT b FROM Badge b WHERE b.code = :code")
@NamedQuery(name = Badge.FIND_ALL, query = "SELECT b FROM Badge b ORDER BY b.active DESC, b.name")
@NamedQuery(
        name = Badge.FIND_ACTIVE_BY_RULE,
        query = "SELECT b FROM Badge b WHERE b.active = TRUE AND b.rule = :rule ORDER BY b.id")
public class Badge extends AuditedEntity {

    public static final String FIND_BY_CODE = "Badge.findByCode";
    public static final String FIND_ALL = "Badge.findAll";
    public static final String FIND_ACTIVE_BY_RULE = "Badge.findActiveByRule";
    public static final int NAME_LENGTH = 120;
    public static final int CRITERIA_LENGTH = 500;

    /** The icons a badge may show (PrimeIcons names). */
    public static final List<String> ICONS = List.of(
            "pi-star",
            "pi-heart",
            "pi-bolt",
            "pi-verified",
            "pi-trophy",
            "pi-thumbs-up",
            "pi-sun",
            "pi-book",
            "pi-comments",
            "pi-shield");

    /** The colours a badge may have. */
    public static final List<String> COLOURS =
            List.of("#1b7a43", "#2563eb", "#b45309", "#7c3aed", "#be123c", "#0f766e");

    @Id
    @SequenceGenerator(name = "badge_seq", sequenceName = "badge_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_seq")
    private Long id;

    @Column(name = "code", nullable = false, updatable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "criteria", nullable = false, length = CRITERIA_LENGTH)
    private String criteria;

    @Column(name = "icon", nullable = false, length = 30)
    private String icon;

    @Column(name = "colour", nullable = false, length = 7)
    private String colour;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule", nullable = false, length = 20)
    private BadgeRule rule;

    @Column(name = "course_code", length = 40)
    private String courseCode;

    @Column(name = "scheme_code", length = 40)
    private String schemeCode;

    @Column(name = "streak")
    private Integer streak;

    @Column(name = "valid_months")
    private Integer validMonths;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Badge() {
        // for JPA
    }

    public Badge(String code) {
        this.code = Objects.requireNonNull(code, "code");
    }

    /** Sets what HR wrote; the boundary checked that the rule has what it needs. */
    public void define(
            String name,
            String criteria,
            String icon,
            String colour,
            BadgeRule rule,
            String courseCode,
            String schemeCode,
            Integer streak,
            Integer validMonths,
            boolean active) {
        this.name = Objects.requireNonNull(name, "name");
        this.criteria = Objects.requireNonNull(criteria, "criteria");
        this.icon = Objects.requireNonNull(icon, "icon");
        this.colour = Objects.requireNonNull(colour, "colour");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.courseCode = rule == BadgeRule.COURSE_CERTIFIED ? courseCode : null;
        this.schemeCode = rule == BadgeRule.SCHEME_STREAK ? schemeCode : null;
        this.streak = rule == BadgeRule.SCHEME_STREAK ? streak : null;
        this.validMonths = validMonths;
        this.active = active;
    }

    /** The last day a grant made on {@code grantedOn} holds, or null when it holds for good. */
    public LocalDate expiryOf(LocalDate grantedOn) {
        return validMonths == null ? null : grantedOn.plusMonths(validMonths).minusDays(1);
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

    public String getCriteria() {
        return criteria;
    }

    public String getIcon() {
        return icon;
    }

    public String getColour() {
        return colour;
    }

    public BadgeRule getRule() {
        return rule;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public String getSchemeCode() {
        return schemeCode;
    }

    public Integer getStreak() {
        return streak;
    }

    public Integer getValidMonths() {
        return validMonths;
    }

    public boolean isActive() {
        return active;
    }
}
