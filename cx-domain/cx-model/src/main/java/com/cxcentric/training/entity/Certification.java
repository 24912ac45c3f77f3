package com.cxcentric.training.entity;

import com.cxcentric.organization.entity.Employee;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A passed course: who, which revision, when, until when, under which certificate number. */
@Entity
@Table(name = "certification")
@NamedQuery(
        name = Certification.FIND_BY_ASSIGNMENT,
        query = "SELECT c FROM Certification c WHERE c.assignment = :assignment")
public class Certification {

    public static final String FIND_BY_ASSIGNMENT = "Certification.findByAssignment";

    @Id
    @SequenceGenerator(name = "certification_seq", sequenceName = "certification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false, updatable = false)
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "course_code", nullable = false, length = Course.CODE_LENGTH, updatable = false)
    private String courseCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private Assignment assignment;

    @Column(name = "certificate_no", nullable = false, length = 32, updatable = false)
    private String certificateNumber;

    @Column(name = "certified_on", nullable = false, updatable = false)
    private LocalDate certifiedOn;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    protected Certification() {
        // for JPA
    }

    public Certification(Assignment assignment, String certificateNumber, LocalDate certifiedOn) {
        this.assignment = Objects.requireNonNull(assignment, "assignment");
        this.employee = assignment.getEmployee();
        this.course = assignment.getCourse();
        this.courseCode = assignment.getCourseCode();
        this.certificateNumber = Objects.requireNonNull(certificateNumber, "certificateNumber");
        this.certifiedOn = Objects.requireNonNull(certifiedOn, "certifiedOn");
        this.expiresOn = CertificationState.expiryOf(certifiedOn, course.getValidityMonths());
    }

    public CertificationState stateOn(LocalDate today, int windowDays) {
        return CertificationState.of(expiresOn, today, windowDays);
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Course getCourse() {
        return course;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getCertifiedOn() {
        return certifiedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
