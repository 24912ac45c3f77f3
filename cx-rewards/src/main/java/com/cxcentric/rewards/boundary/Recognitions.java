package com.cxcentric.rewards.boundary;

import com.cxcentric.notification.control.NotificationWriter;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.platform.control.Jdbc;
import com.cxcentric.rewards.control.AccountsNotOpen;
import com.cxcentric.rewards.control.FeedActivity;
import com.cxcentric.rewards.control.PointsLedger;
import com.cxcentric.rewards.control.PointsLedger.Leg;
import com.cxcentric.rewards.control.RecognitionViews;
import com.cxcentric.rewards.control.RecognitionViews.RecognitionView;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.PointsAccount;
import com.cxcentric.rewards.entity.PointsTransfer.Movement;
import com.cxcentric.rewards.entity.Recognition;
import com.cxcentric.rewards.entity.TransferKind;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.entity.CompanyValue;
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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Peer recognition: anyone thanks one or more colleagues for something they did, naming a company
 * value, with points each from their monthly allowance, and reads the company's feed and their
 * own. A request carries an idempotency key: sent again it returns the recognition it made and
 * pays nothing twice. Recognising oneself is refused, and so is giving one person more than a
 * configured share of a month's allowance.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class Recognitions {

    /** What a person asks for: the colleagues by employee number, the value by code. */
    public record GiveRequest(
            String idempotencyKey,
            List<String> recipients,
            String valueCode,
            String message,
            int pointsEach,
            boolean publicFeed) {}

    /** A person a lead leads, with the recognition they received lately. */
    public record TeamMember(
            String employeeNumber,
            String name,
            String unitName,
            LocalDate lastRecognisedOn,
            long recognisedLately,
            boolean overlooked) {}

    /** A person not recognised for this many days is shown to their lead as overlooked. */
    public static final int OVERLOOKED_DAYS = 60;

    /** What a request made: the recognition, and whether it was made already by an earlier request with the key. */
    public record Given(RecognitionView recognition, boolean repeated) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree tree;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private PointsLedger ledger;

    @EJB
    private PointsAccounts pointsAccounts;

    @Inject
    private RecognitionViews views;

    @Inject
    private NotificationWriter notifications;

    @Inject
    private BusinessDay businessDay;

    @Inject
    @ConfigProperty(name = "cx.rewards.max-share-to-one-percent", defaultValue = "50")
    private int maxShareToOnePercent;

    @Inject
    @ConfigProperty(name = "cx.rewards.share-to-one-action", defaultValue = "BLOCK")
    private String shareToOneAction;

    @Inject
    private FeedActivity feed;

    /**
     * Recognises colleagues, once per idempotency key.
     *
     * @throws RuleViolationException naming the field: no key, no or too many colleagues, an
     *     unknown or departed colleague, oneself, an unknown value, no message, points out of range
     *     or beyond what is left of the allowance, too large a share to one person
     * @throws ConflictException when the key was used for a different recognition
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Given give(GiveRequest request) {
        try {
            return context.getBusinessObject(Recognitions.class).record(request);
        } catch (AccountsNotOpen first) {
            // A first gift of the giver or to a recipient: their accounts are opened, each in a short
            // transaction of its own, and the gift made again. Opened inside the gift's transaction,
            // every concurrent first gift would hold one pooled connection while waiting for a
            // second, and enough of them at once would wait for each other for ever.
            first.missing().forEach(account -> pointsAccounts.ensure(account.kind(), account.employeeId()));
            return context.getBusinessObject(Recognitions.class).record(request);
        }
    }

    /**
     * {@link #give} in one transaction, the accounts it moves opened beforehand.
     *
     * @throws AccountsNotOpen before anything is written, when an account the gift moves is not open
     */
    public Given record(GiveRequest request) {
        Employee me = me();
        String key = Checks.key(request.idempotencyKey(), "error.recognition.key", "recognition");
        Map<Long, Employee> colleagues = recipients(request.recipients(), me);
        Set<Long> recipients = colleagues.keySet();
        CompanyValue value = Checks.activeValue(em, request.valueCode());
        String message = message(request.message());
        int points = points(request.pointsEach());
        var earlier = em.createNamedQuery(Recognition.FIND_BY_KEY, Recognition.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().sameAs(me.getId(), recipients, value.getCode(), points)) {
                throw new ConflictException(
                        "idempotencyKey",
                        "error.recognition.keyReused",
                        "The key " + key + " was already used for another recognition",
                        key);
            }
            return new Given(views.view(earlier.get()), true);
        }
        LocalDate today = businessDay.today();
        GiftAccounts open = points > 0 ? accountsOf(me, recipients) : null;
        String flag = points > 0 ? tooLargeShare(open, points, today) : null;
        var recognition = new Recognition(
                key, me.getId(), recipients, value.getCode(), message, points, request.publicFeed(), Instant.now());
        em.persist(recognition);
        em.flush();
        if (points > 0) {
            pay(recognition, open, today);
        }
        if (flag != null) {
            feed.flag(recognition.getId(), flag, Instant.now());
        }
        tell(recognition, me, value);
        return new Given(views.made(recognition, me, List.copyOf(colleagues.values()), value.getName()), false);
    }

    /** Up to 20 current colleagues (not the caller) whose name or employee number contains the query. */
    public List<RecognitionViews.Person> colleagues(String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        long me = me().getId();
        return em
                .createQuery(
                        "SELECT e FROM Employee e WHERE e.status <> :left AND e.id <> :me AND (LOWER(e.employeeNumber)"
                                + " LIKE :q OR LOWER(CONCAT(e.firstName, CONCAT(' ', e.lastName))) LIKE :q)"
                                + " ORDER BY e.lastName, e.firstName",
                        Employee.class)
                .setParameter("left", EmploymentStatus.LEFT)
                .setParameter("me", me)
                .setParameter("q", "%" + wanted.replace("%", "").replace("_", "") + "%")
                .setMaxResults(20)
                .getResultList()
                .stream()
                .map(e -> new RecognitionViews.Person(e.getEmployeeNumber(), e.getDisplayName()))
                .toList();
    }

    /**
     * The people in the units the caller leads (and below): when each was last recognised and how
     * often in the last {@value #OVERLOOKED_DAYS} days, those never or not lately recognised first.
     */
    @RolesAllowed({Role.TEAM_LEAD_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public List<TeamMember> myTeam() {
        Employee me = me();
        Set<Long> units = tree.ledBy(me);
        if (units.isEmpty()) {
            return List.of();
        }
        LocalDate today = businessDay.today();
        Instant since = today.minusDays(OVERLOOKED_DAYS)
                .atStartOfDay(businessDay.zone())
                .toInstant();
        List<Employee> people = em.createQuery(
                        "SELECT e FROM Employee e WHERE e.orgUnit.id IN :units AND e.status <> :left AND e.id <> :me"
                                + " ORDER BY e.lastName, e.firstName",
                        Employee.class)
                .setParameter("units", units)
                .setParameter("left", EmploymentStatus.LEFT)
                .setParameter("me", me.getId())
                .getResultList();
        if (people.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> last = new HashMap<>();
        Map<Long, Long> lately = new HashMap<>();
        // Native: an aggregate of a converted Instant reaches the converter as the driver's own type.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT rr.employee_id, MAX(r.created_at),"
                        + " SUM(CASE WHEN r.created_at >= ?1 THEN 1 ELSE 0 END) FROM recognition r"
                        + " JOIN recognition_recipient rr ON rr.recognition_id = r.id"
                        + " WHERE rr.employee_id IN (SELECT e.id FROM employee e WHERE e.org_unit_id IN ("
                        + units.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + ")) GROUP BY rr.employee_id")
                .setParameter(1, Timestamp.from(since))
                .getResultList();
        for (Object[] row : rows) {
            last.put(((Number) row[0]).longValue(), Jdbc.instant(row[1]));
            lately.put(((Number) row[0]).longValue(), ((Number) row[2]).longValue());
        }
        return people.stream()
                .map(e -> {
                    Instant at = last.get(e.getId());
                    long count = lately.getOrDefault(e.getId(), 0L);
                    return new TeamMember(
                            e.getEmployeeNumber(),
                            e.getDisplayName(),
                            e.getOrgUnit() == null ? null : e.getOrgUnit().getName(),
                            at == null ? null : at.atZone(businessDay.zone()).toLocalDate(),
                            count,
                            count == 0);
                })
                .sorted(Comparator.comparing(TeamMember::overlooked)
                        .reversed()
                        .thenComparing(TeamMember::recognisedLately))
                .toList();
    }

    /** Public recognition of the whole company, newest first. */
    public Page<RecognitionView> feed(PageRequest page) {
        return views.feed(
                page,
                accounts.employeeOf(context.getCallerPrincipal().getName())
                        .map(Employee::getId)
                        .orElse(null));
    }

    /** What the caller received (all of it, private included) or gave, newest first. */
    public Page<RecognitionView> mine(boolean received, PageRequest page) {
        return views.of(me().getId(), received, page);
    }

    /** The giver's and the recipients' accounts a gift moves. */
    private record GiftAccounts(PointsAccount giving, Map<Long, PointsAccount> received) {}

    /**
     * The accounts a gift moves, found without opening any: opening one here would leave this
     * transaction for a second pooled connection (see {@link #give}).
     */
    private GiftAccounts accountsOf(Employee me, Set<Long> recipients) {
        List<AccountsNotOpen.Account> missing = new ArrayList<>();
        PointsAccount giving = ledger.existing(AccountKind.GIVING, me.getId()).orElse(null);
        if (giving == null) {
            missing.add(new AccountsNotOpen.Account(AccountKind.GIVING, me.getId()));
        }
        Map<Long, PointsAccount> received = new LinkedHashMap<>();
        for (long recipient : recipients) {
            ledger.existing(AccountKind.RECEIVED, recipient)
                    .ifPresentOrElse(
                            account -> received.put(recipient, account),
                            () -> missing.add(new AccountsNotOpen.Account(AccountKind.RECEIVED, recipient)));
        }
        if (!missing.isEmpty()) {
            throw new AccountsNotOpen(missing);
        }
        return new GiftAccounts(giving, received);
    }

    private void pay(Recognition recognition, GiftAccounts accounts, LocalDate today) {
        List<Leg> legs = new ArrayList<>();
        for (long recipient : recognition.getRecipientIds()) {
            legs.add(new Leg(
                    new Movement(
                            recognition.getIdempotencyKey() + ":" + recipient,
                            TransferKind.GIFT,
                            recognition.getPointsEach(),
                            today,
                            context.getCallerPrincipal().getName(),
                            recognition.getMessage(),
                            recognition.getId(),
                            null),
                    accounts.giving(),
                    accounts.received().get(recipient)));
        }
        ledger.moveAll(legs, today);
    }

    /**
     * Checks the share of a month's allowance going to one person: past it, the gift is refused,
     * or with {@code cx.rewards.share-to-one-action=FLAG} let through and flagged for HR (returns
     * the reason to flag it with).
     */
    private String tooLargeShare(GiftAccounts accounts, int points, LocalDate today) {
        long limit = ledger.monthlyAllowance() * maxShareToOnePercent / 100;
        for (PointsAccount received : accounts.received().values()) {
            long already = ((Number) em.createQuery(
                                    "SELECT COALESCE(SUM(t.amount), 0) FROM PointsTransfer t WHERE t.kind = :gift"
                                            + " AND t.fromAccountId = :from AND t.toAccountId = :to AND t.effectiveOn >= :month")
                            .setParameter("gift", TransferKind.GIFT)
                            .setParameter("from", accounts.giving().getId())
                            .setParameter("to", received.getId())
                            .setParameter("month", today.withDayOfMonth(1))
                            .getSingleResult())
                    .longValue();
            if (already + points > limit && "FLAG".equalsIgnoreCase(shareToOneAction)) {
                return "More than " + limit + " points of one month's allowance to one colleague (" + (already + points)
                        + ")";
            }
            if (already + points > limit) {
                throw new RuleViolationException(
                        "pointsEach",
                        "error.recognition.shareToOne",
                        "At most " + limit + " points of a month's allowance may go to one person; " + already
                                + " went already",
                        limit,
                        already);
            }
        }
        return null;
    }

    /** A message to each recipient, with a copy to their lead. */
    private void tell(Recognition recognition, Employee me, CompanyValue value) {
        String title = me.getDisplayName() + " \u00B7 " + value.getName();
        notifications.write(
                NotificationKind.RECOGNITION_RECEIVED,
                "SELECT e.id, " + NotificationWriter.LEAD_OF_E
                        + ", NULL, CAST(? AS VARCHAR(200)), NULL, CONCAT(CAST(CAST(? AS BIGINT) AS VARCHAR(20)),"
                        + " CONCAT(':', CAST(e.id AS VARCHAR(20)))) FROM employee e JOIN recognition_recipient r"
                        + " ON r.employee_id = e.id WHERE r.recognition_id = CAST(? AS BIGINT)",
                List.of(
                        title.length() > 200 ? title.substring(0, 200) : title,
                        recognition.getId(),
                        recognition.getId()),
                Instant.now());
    }

    private Employee me() {
        return accounts.linkedEmployee(context.getCallerPrincipal().getName());
    }

    /** The colleagues by id, in the order asked. */
    private Map<Long, Employee> recipients(List<String> numbers, Employee me) {
        if (numbers == null || numbers.isEmpty() || numbers.size() > Recognition.MAX_RECIPIENTS) {
            throw new RuleViolationException(
                    "recipients",
                    "error.recognition.recipients",
                    "Recognise 1 to " + Recognition.MAX_RECIPIENTS + " colleagues",
                    Recognition.MAX_RECIPIENTS);
        }
        List<String> wanted =
                numbers.stream().map(n -> n == null ? "" : n.strip()).distinct().toList();
        Map<String, Employee> current = em
                .createQuery(
                        "SELECT e FROM Employee e WHERE e.employeeNumber IN :numbers AND e.status <> :left",
                        Employee.class)
                .setParameter("numbers", wanted)
                .setParameter("left", EmploymentStatus.LEFT)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Employee::getEmployeeNumber, e -> e));
        Map<Long, Employee> ids = new LinkedHashMap<>();
        for (String number : wanted) {
            Employee colleague = current.get(number);
            if (colleague == null) {
                throw new RuleViolationException(
                        "recipients",
                        "error.recognition.unknownColleague",
                        "No current colleague has the number " + number,
                        number);
            }
            if (colleague.getId().equals(me.getId())) {
                throw new RuleViolationException(
                        "recipients", "error.recognition.self", "Recognition is for colleagues, not for oneself");
            }
            ids.put(colleague.getId(), colleague);
        }
        return ids;
    }

    private static String message(String message) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > Recognition.MESSAGE_LENGTH) {
            throw new RuleViolationException(
                    "message",
                    "error.recognition.message",
                    "Say what they did, in 1 to " + Recognition.MESSAGE_LENGTH + " characters",
                    Recognition.MESSAGE_LENGTH);
        }
        return text;
    }

    private int points(int points) {
        if (points < 0 || points > ledger.monthlyAllowance()) {
            throw new RuleViolationException(
                    "pointsEach",
                    "error.recognition.points",
                    "Points each are 0 to " + ledger.monthlyAllowance() + ", the monthly allowance",
                    ledger.monthlyAllowance());
        }
        return points;
    }
}
