package com.cxcentric.segmentation.entity;

import com.cxcentric.organization.entity.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stay of a person in a segment, from {@code joinedOn} (inclusive) to {@code leftOn}
 * (exclusive; null while the person is a member). Written set-based by the membership recompute,
 * read through JPA.
 */
@Entity
@Table(name = "segment_membership")
@IdClass(SegmentMembership.Key.class)
public class SegmentMembership {

    /** The composite key: segment, employee and the day of joining. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long segmentId;
        private Long employeeId;
        private LocalDate joinedOn;

        public Key() {}

        public Key(Long segmentId, Long employeeId, LocalDate joinedOn) {
            this.segmentId = segmentId;
            this.employeeId = employeeId;
            this.joinedOn = joinedOn;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k
                    && Objects.equals(segmentId, k.segmentId)
                    && Objects.equals(employeeId, k.employeeId)
                    && Objects.equals(joinedOn, k.joinedOn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(segmentId, employeeId, joinedOn);
        }
    }

    @Id
    @Column(name = "segment_id")
    private Long segmentId;

    @Id
    @Column(name = "employee_id")
    private Long employeeId;

    @Id
    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", insertable = false, updatable = false)
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "segment_id", insertable = false, updatable = false)
    private Segment segment;

    protected SegmentMembership() {
        // for JPA
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Segment getSegment() {
        return segment;
    }
}
