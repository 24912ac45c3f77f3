package com.cxcentric.vision.entity;

import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.entity.AuditedEntity;
import com.cxcentric.segmentation.entity.Segment;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A message from leadership or HR to the company, a unit or a segment, published as written (the
 * application never changes it afterwards); it may ask its readers to confirm they read it.
 */
@Entity
@Table(name = "announcement")
public class Announcement extends AuditedEntity {

    public static final int TITLE_LENGTH = 150;
    public static final int BODY_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "announcement_seq", sequenceName = "announcement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "announcement_seq")
    private Long id;

    @Column(name = "title", nullable = false, updatable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "body", nullable = false, updatable = false, length = BODY_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, updatable = false, length = 16)
    private Audience audience;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "org_unit_id", updatable = false)
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "segment_id", updatable = false)
    private Segment segment;

    @Column(name = "confirm_requested", nullable = false, updatable = false)
    private boolean confirmRequested;

    @Column(name = "published_by", nullable = false, updatable = false, length = 64)
    private String publishedBy;

    @Column(name = "published_on", nullable = false, updatable = false)
    private LocalDate publishedOn;

    protected Announcement() {}

    /**
     * An announcement to the audience: the unit for {@link Audience#UNIT}, the segment for
     * {@link Audience#SEGMENT}, neither for the company.
     *
     * @throws RuleViolationException naming the field: a blank or too long title or text, no audience
     *     or the unit or segment it needs missing
     */
    public static Announcement publish(
            String title,
            String body,
            Audience audience,
            OrgUnit unit,
            Segment segment,
            boolean confirmRequested,
            String by,
            LocalDate on) {
        Announcement announcement = new Announcement();
        announcement.title = text("title", title, TITLE_LENGTH);
        announcement.body = text("body", body, BODY_LENGTH);
        if (audience == null) {
            throw new RuleViolationException("audience", "error.announcement.audience", "Choose who it goes to");
        }
        if (audience == Audience.UNIT && unit == null) {
            throw new RuleViolationException("unitCode", "error.announcement.unit", "Choose the unit it goes to");
        }
        if (audience == Audience.SEGMENT && segment == null) {
            throw new RuleViolationException(
                    "segmentId", "error.announcement.segment", "Choose the segment it goes to");
        }
        announcement.audience = audience;
        announcement.unit = audience == Audience.UNIT ? unit : null;
        announcement.segment = audience == Audience.SEGMENT ? segment : null;
        announcement.confirmRequested = confirmRequested;
        announcement.publishedBy = Objects.requireNonNull(by, "by");
        announcement.publishedOn = Objects.requireNonNull(on, "on");
        return announcement;
    }

    private static String text(String field, String value, int length) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolationException(field, "error.announcement." + field + "Blank", "Write the " + field);
        }
        if (trimmed.length() > length) {
            throw new RuleViolationException(
                    field,
                    "error.announcement.tooLong",
                    "The " + field + " has more than " + length + " characters",
                    length);
        }
        return trimmed;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Audience getAudience() {
        return audience;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public Segment getSegment() {
        return segment;
    }

    public boolean isConfirmRequested() {
        return confirmRequested;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }
}
