package com.cxcentric.organization.entity;

import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A person of the company. The employee number is the key HR systems use. Leavers are kept with
 * status {@link EmploymentStatus#LEFT}, never deleted, so their outcomes stay attributable.
 */
@Entity
@Table(name = "employee")
@NamedQuery(name = Employee.FIND_BY_NUMBER, query = "SELECT e FROM Employee e WHERE e.employeeNumber = :number")
@NamedQuery(
        name = Employee.FIND_DIRECT_REPORTS,
        query =
                "SELECT e FROM Employee e WHERE e.manager = :manager AND e.status <> com.cxcentric.organization.entity.EmploymentStatus.LEFT"
                        + " ORDER BY e.lastName, e.firstName")
@NamedQuery(name = Employee.COUNT_ALL, query = "SELECT COUNT(e) FROM Employee e")
public class Employee extends AuditedEntity {

    public static final String FIND_BY_NUMBER = "Employee.findByNumber";
    public static final String FIND_DIRECT_REPORTS = "Employee.findDirectReports";
    public static final String COUNT_ALL = "Employee.countAll";
    public static final int NUMBER_LENGTH = 32;
    public static final int NAME_LENGTH = 100;
    public static final int EMAIL_LENGTH = 254;
    public static final int JOB_TITLE_LENGTH = 150;
    public static final int LOCATION_LENGTH = 100;
    public static final int LANGUAGE_LENGTH = 8;

    @Id
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    private Long id;

    @NotBlank
    @Size(max = NUMBER_LENGTH)
    @Column(name = "employee_number", nullable = false, unique = true, length = NUMBER_LENGTH)
    private String employeeNumber;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "first_name", nullable = false, length = NAME_LENGTH)
    private String firstName;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "last_name", nullable = false, length = NAME_LENGTH)
    private String lastName;

    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    @Size(max = JOB_TITLE_LENGTH)
    @Column(name = "job_title", length = JOB_TITLE_LENGTH)
    private String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Employee manager;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "contact_level", nullable = false, length = 24)
    private ContactLevel contactLevel;

    @Size(max = LOCATION_LENGTH)
    @Column(name = "location", length = LOCATION_LENGTH)
    private String location;

    @Column(name = "hire_date")
    private LocalDate hireDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private EmploymentStatus status = EmploymentStatus.ACTIVE;

    @Column(name = "status_since")
    private LocalDate statusSince;

    @Size(max = LANGUAGE_LENGTH)
    @Column(name = "preferred_language", length = LANGUAGE_LENGTH)
    private String preferredLanguage;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "employee_motivator", joinColumns = @JoinColumn(name = "employee_id"))
    @OrderColumn(name = "preference_rank")
    @Enumerated(EnumType.STRING)
    @Column(name = "motivator", nullable = false, length = 32)
    private List<Motivator> motivators = new ArrayList<>();

    protected Employee() {
        // for JPA
    }

    public Employee(String employeeNumber, String firstName, String lastName, ContactLevel contactLevel) {
        this.employeeNumber = Objects.requireNonNull(employeeNumber, "employeeNumber");
        this.firstName = Objects.requireNonNull(firstName, "firstName");
        this.lastName = Objects.requireNonNull(lastName, "lastName");
        this.contactLevel = Objects.requireNonNull(contactLevel, "contactLevel");
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public void placeIn(OrgUnit unit) {
        this.orgUnit = unit;
    }

    public Employee getManager() {
        return manager;
    }

    /**
     * Sets the manager, refusing a chain that would lead back to this employee.
     *
     * @throws IllegalArgumentException when the new manager reports, directly or not, to this employee
     */
    public void reportTo(Employee newManager) {
        for (Employee step = newManager; step != null; step = step.manager) {
            if (step == this) {
                throw new IllegalArgumentException("Manager chain of " + employeeNumber + " would form a cycle through "
                        + newManager.employeeNumber);
            }
        }
        this.manager = newManager;
    }

    public ContactLevel getContactLevel() {
        return contactLevel;
    }

    public void setContactLevel(ContactLevel contactLevel) {
        this.contactLevel = Objects.requireNonNull(contactLevel, "contactLevel");
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public EmploymentStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public void changeStatus(EmploymentStatus newStatus, LocalDate since) {
        this.status = Objects.requireNonNull(newStatus, "status");
        this.statusSince = Objects.requireNonNull(since, "since");
    }

    /** What recognition is worth to this person, most valued first; empty when not ranked yet. */
    public List<Motivator> getMotivators() {
        return Collections.unmodifiableList(motivators);
    }

    /**
     * Replaces the ranking. Any number of motivators may be ranked, each once.
     *
     * @throws IllegalArgumentException when a motivator appears twice
     */
    public void rankMotivators(List<Motivator> ranking) {
        if (new HashSet<>(ranking).size() != ranking.size()) {
            throw new IllegalArgumentException("Each motivator may be ranked once: " + ranking);
        }
        motivators.clear();
        motivators.addAll(ranking);
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
