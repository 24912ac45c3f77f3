package com.cxcentric.rewards.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.rewards.control.BoostBook;
import com.cxcentric.rewards.control.PointsLedger;
import com.cxcentric.rewards.control.RecognitionViews;
import com.cxcentric.rewards.control.RecognitionViews.RecognitionView;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.PointsTransfer;
import com.cxcentric.rewards.entity.PointsTransfer.Movement;
import com.cxcentric.rewards.entity.Recognition;
import com.cxcentric.rewards.entity.TransferKind;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A manager's boost: a team lead adds points to a recognition one of their people received,
 * from the budget of that person's unit (a fixed budget refuses past its limit); HR may boost
 * anyone's. Once per key, like every movement of points.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
public class Boosts {

    /** A boost as a lead asks for it: which recipient of the recognition, how many points, a note. */
    public record BoostRequest(String idempotencyKey, String employeeNumber, Long points, String note) {}

    /** The recognition with its boosts, and whether an earlier request with the key made this one. */
    public record Boosted(RecognitionView recognition, boolean repeated) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private OrgTree tree;

    @Inject
    private PointsLedger ledger;

    @Inject
    private BoostBook boosts;

    @Inject
    private RecognitionViews views;

    @Inject
    private BusinessDay businessDay;

    @EJB
    private PointsAccounts pointsAccounts;

    @Inject
    @ConfigProperty(name = "cx.rewards.max-boost", defaultValue = "500")
    private long maxBoost;

    /**
     * Boosts a recognition, once per key.
     *
     * @throws ResourceNotFoundException for an unknown recognition
     * @throws AccessDeniedException when the person is not in a unit the caller leads
     * @throws RuleViolationException naming the field: no key, a person the recognition is not
     *     for or oneself ({@code employeeNumber}), points out of range or past a fixed budget
     *     ({@code points}), a note too long ({@code note})
     * @throws ConflictException when the key was used for another movement of points
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Boosted boost(long recognitionId, BoostRequest request) {
        Employee person = recipient(recognition(recognitionId), request.employeeNumber());
        pointsAccounts.ensure(AccountKind.RECEIVED, person.getId());
        return context.getBusinessObject(Boosts.class).boostHere(recognitionId, request);
    }

    /** {@link #boost} in one transaction, the person's account opened beforehand. */
    public Boosted boostHere(long recognitionId, BoostRequest request) {
        Recognition recognition = recognition(recognitionId);
        Employee person = recipient(recognition, request.employeeNumber());
        String username = context.getCallerPrincipal().getName();
        Employee me = accounts.employeeOf(username).orElse(null);
        if (me != null && me.getId().equals(person.getId())) {
            throw new RuleViolationException(
                    "employeeNumber", "error.boost.self", "A boost is for someone else's recognition");
        }
        boolean hr = context.isCallerInRole(Role.HR_NAME) || context.isCallerInRole(Role.ADMIN_NAME);
        Long unitId = person.getOrgUnit() == null ? null : person.getOrgUnit().getId();
        if (!hr && (me == null || unitId == null || !tree.ledBy(me).contains(unitId))) {
            throw new AccessDeniedException(
                    "error.boost.notYourTeam",
                    person.getDisplayName() + " is not in a unit you lead",
                    person.getDisplayName());
        }
        String key = "boost:" + Checks.key(request.idempotencyKey(), "error.boost.key", "boost");
        long points = points(request.points());
        String note = note(request.note());
        Optional<PointsTransfer> earlier = em.createNamedQuery(PointsTransfer.FIND_BY_KEY, PointsTransfer.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get()
                    .sameAs(
                            Movement.of(key, TransferKind.BOOST, points, businessDay.today(), username),
                            ledger.issued(),
                            ledger.account(AccountKind.RECEIVED, person.getId()))) {
                throw new ConflictException(
                        "idempotencyKey", "error.points.keyReused", "The key was used for another movement", key);
            }
            return new Boosted(views.view(recognition), true);
        }
        boosts.pay(
                recognition,
                person,
                points,
                key,
                username,
                note == null ? recognition.getMessage() : note,
                businessDay.today());
        return new Boosted(views.view(recognition), false);
    }

    private Recognition recognition(long id) {
        Recognition recognition = em.find(Recognition.class, id);
        if (recognition == null) {
            throw new ResourceNotFoundException("error.recognition.unknown", "No recognition " + id, id);
        }
        return recognition;
    }

    private Employee recipient(Recognition recognition, String number) {
        String wanted = number == null ? "" : number.strip();
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", wanted)
                .getResultStream()
                .filter(e -> recognition.getRecipientIds().contains(e.getId()))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "employeeNumber",
                        "error.boost.notRecipient",
                        "Recognition " + recognition.getId() + " is not for " + wanted,
                        recognition.getId(),
                        wanted));
    }

    private long points(Long points) {
        if (points == null || points < 1 || points > maxBoost) {
            throw new RuleViolationException(
                    "points", "error.boost.points", "A boost is 1 to " + maxBoost + " points", maxBoost);
        }
        return points;
    }

    private static String note(String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > PointsTransfer.MEMO_LENGTH) {
            throw new RuleViolationException(
                    "note", "error.boost.note", "A note of at most 500 characters", PointsTransfer.MEMO_LENGTH);
        }
        return text.isEmpty() ? null : text;
    }
}
