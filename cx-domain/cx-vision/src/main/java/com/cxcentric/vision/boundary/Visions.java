package com.cxcentric.vision.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.control.Acknowledgements;
import com.cxcentric.vision.control.Acknowledgements.Mine;
import com.cxcentric.vision.control.Acknowledgements.Progress;
import com.cxcentric.vision.control.ValuesFollowTheVision;
import com.cxcentric.vision.control.VisionDrafts;
import com.cxcentric.vision.entity.VisionText;
import com.cxcentric.vision.entity.VisionValueText;
import com.cxcentric.vision.entity.VisionVersion;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The CX vision: leadership drafts and publishes it, every employee reads it on their home page and
 * confirms it. Publishing asks every current employee at once (joiners are asked when they join)
 * and makes the version's values the company's values.
 */
@Stateless
public class Visions {

    /** One value as a version states it in one language. */
    public record ValueView(String code, String name, String description) {}

    /** A version in one language, with the caller's acknowledgement of it when it is current. */
    public record VisionView(
            int number,
            boolean published,
            LocalDate publishedOn,
            String publishedBy,
            String language,
            String vision,
            String promise,
            List<ValueView> values) {}

    /** The caller's standing with the current vision. */
    public record MyVision(VisionView vision, Mine acknowledgement) {}

    /** A version's history line and how far it has got. */
    public record VersionSummary(
            int number,
            boolean published,
            LocalDate publishedOn,
            String publishedBy,
            String draftedBy,
            Progress progress) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private Acknowledgements acknowledgements;

    @Inject
    private ValuesFollowTheVision values;

    @Inject
    private VisionDrafts drafts;

    @Inject
    private BusinessDay businessDay;

    /** The current vision in a language (the default language where a text is missing), if one is published. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    public Optional<VisionView> current(String language) {
        return currentVersion().map(v -> view(v, language));
    }

    /**
     * The current vision and whether the caller confirmed it; opening it counts as having seen it.
     * Empty when none is published; the acknowledgement is null for an account linked to no employee.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    public Optional<MyVision> mine(String language) {
        Optional<VisionVersion> current = currentVersion();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Optional<Employee> me = accounts.employeeOf(context.getCallerPrincipal().getName());
        Mine mine = null;
        if (me.isPresent()) {
            mine = acknowledgements.mine(current.get(), me.get().getId());
            if (mine.asked() && mine.seenAt() == null) {
                acknowledgements.seen(current.get(), me.get().getId(), Instant.now());
                mine = acknowledgements.mine(current.get(), me.get().getId());
            }
        }
        return Optional.of(new MyVision(view(current.get(), language), mine));
    }

    /**
     * The caller confirms they read version {@code number} and know what it asks of them; again
     * changes nothing. Only the current version can be confirmed (409 for an older one).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    public Mine acknowledge(int number) {
        Employee me = accounts.linkedEmployee(context.getCallerPrincipal().getName());
        VisionVersion current = currentVersion()
                .orElseThrow(() -> new ResourceNotFoundException("error.vision.none", "No vision is published yet"));
        if (current.getNumber() != number) {
            throw new ConflictException(
                    "number",
                    "error.vision.notCurrent",
                    "Version " + number + " is not the current vision; version " + current.getNumber() + " is",
                    number,
                    current.getNumber());
        }
        acknowledgements.acknowledge(current, me.getId(), businessDay.today(), Instant.now());
        return acknowledgements.mine(current, me.getId());
    }

    /** Every version, newest first, with how far each got. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    public List<VersionSummary> versions() {
        return em.createNamedQuery(VisionVersion.FIND_ALL, VisionVersion.class).getResultList().stream()
                .map(v -> new VersionSummary(
                        v.getNumber(),
                        v.isPublished(),
                        v.getPublishedOn(),
                        v.getPublishedBy(),
                        v.getDraftedBy(),
                        v.isPublished() ? acknowledgements.progress(v) : null))
                .toList();
    }

    /** One version with its texts in every language. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    public VisionDrafts.Draft version(int number) {
        return VisionDrafts.Draft.of(byNumber(number));
    }

    /** The draft being written, if any. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    public Optional<VisionDrafts.Draft> draft() {
        return drafts.open().map(VisionDrafts.Draft::of);
    }

    /**
     * Saves the draft's texts (a new draft, numbered after the newest version, when there is none);
     * refused field by field (422) when a text is too long or a value's code is malformed.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public VisionDrafts.Draft saveDraft(VisionDrafts.Draft draft) {
        String me = context.getCallerPrincipal().getName();
        List<VisionText> texts = VisionDrafts.texts(draft);
        List<VisionValueText> valueTexts = VisionDrafts.values(draft);
        VisionVersion version = drafts.open().orElseGet(() -> drafts.start(me));
        version.rewrite(texts, valueTexts, me);
        em.flush();
        return VisionDrafts.Draft.of(version);
    }

    /**
     * Publishes the draft numbered {@code number}: every language complete (422 naming the field
     * otherwise), then every current employee is asked to confirm it and its values become the
     * company's values. Publishing a published version again changes nothing.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    public VersionSummary publish(int number) {
        VisionVersion version = em.find(VisionVersion.class, byNumber(number).getId(), LockModeType.PESSIMISTIC_WRITE);
        if (!version.isPublished()) {
            VisionDrafts.requireComplete(version);
            LocalDate today = businessDay.today();
            version.publish(context.getCallerPrincipal().getName(), Instant.now(), today);
            em.flush();
            values.follow(version);
            acknowledgements.askEveryoneNotAsked(version, today);
        }
        return new VersionSummary(
                version.getNumber(),
                true,
                version.getPublishedOn(),
                version.getPublishedBy(),
                version.getDraftedBy(),
                acknowledgements.progress(version));
    }

    private VisionVersion byNumber(int number) {
        return em.createNamedQuery(VisionVersion.FIND_BY_NUMBER, VisionVersion.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(
                        "error.vision.unknown", "There is no version " + number + " of the vision", number));
    }

    private Optional<VisionVersion> currentVersion() {
        return drafts.current();
    }

    private static VisionView view(VisionVersion version, String language) {
        String lang = language != null && VisionVersion.LANGUAGES.contains(language)
                ? language
                : VisionVersion.LANGUAGES.get(0);
        VisionText text = version.text(lang).orElse(new VisionText(lang, "", ""));
        return new VisionView(
                version.getNumber(),
                version.isPublished(),
                version.getPublishedOn(),
                version.getPublishedBy(),
                lang,
                text.getVision(),
                text.getPromise(),
                version.values(lang).stream()
                        .map(v -> new ValueView(v.getCode(), v.getName(), v.getDescription()))
                        .toList());
    }
}
