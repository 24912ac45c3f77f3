package com.cxcentric.outcomes.entity;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A moment where customers meet the company (a store visit, a phone call, a delivery), in a
 * channel. Feedback names its touchpoint by code. Retired touchpoints keep their history but take
 * no new feedback.
 */
@Entity
@Table(name = "touchpoint")
@NamedQuery(name = Touchpoint.FIND_ALL, query = "SELECT t FROM Touchpoint t ORDER BY t.position, t.code")
public class Touchpoint extends AuditedEntity {

    public static final String FIND_ALL = "Touchpoint.findAll";
    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 120;

    @Id
    @SequenceGenerator(name = "touchpoint_seq", sequenceName = "touchpoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "touchpoint_seq")
    private Long id;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Column(name = "code", nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private Channel channel;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int position;

    protected Touchpoint() {
        // for JPA
    }

    public Touchpoint(String code, String name, Channel channel, int position) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.channel = Objects.requireNonNull(channel, "channel");
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

    public Channel getChannel() {
        return channel;
    }

    public boolean isActive() {
        return active;
    }

    public int getPosition() {
        return position;
    }

    /** Renames, moves to another channel or place in the list, retires or brings back; the code stays. */
    public void change(String newName, Channel newChannel, int newPosition, boolean nowActive) {
        this.name = Objects.requireNonNull(newName, "name");
        this.channel = Objects.requireNonNull(newChannel, "channel");
        this.position = newPosition;
        this.active = nowActive;
    }
}
