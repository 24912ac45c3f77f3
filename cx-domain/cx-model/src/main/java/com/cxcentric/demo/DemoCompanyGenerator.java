package com.cxcentric.demo;

import static com.cxcentric.organization.entity.ContactLevel.BACK_OFFICE;
import static com.cxcentric.organization.entity.ContactLevel.CUSTOMER_SUPPORT;
import static com.cxcentric.organization.entity.ContactLevel.FRONT_LINE;
import static com.cxcentric.organization.entity.ContactLevel.LEADERSHIP;

import com.cxcentric.demo.DemoCompany.Login;
import com.cxcentric.demo.DemoCompany.Person;
import com.cxcentric.demo.DemoCompany.Unit;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.security.entity.Role;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Plans "Lumen Home &amp; Living", a fictional home-furnishing retailer with stores, a contact
 * centre, field service, delivery and a back office: about 300 people in 6 departments and 25
 * teams. The same seed and day always give the same company.
 */
public final class DemoCompanyGenerator {

    public static final String COMPANY_NAME = "Lumen Home & Living";
    public static final String EMAIL_DOMAIN = "lumen.example";

    /** Usernames of the demo logins, one per role. */
    public static final String ADMIN_LOGIN = "admin";

    public static final String HR_LOGIN = "hr";
    public static final String LEAD_LOGIN = "lead";
    public static final String EMPLOYEE_LOGIN = "employee";
    public static final String EXECUTIVE_LOGIN = "exec";

    private final long seed;
    private final LocalDate today;

    public DemoCompanyGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = Objects.requireNonNull(today, "today");
    }

    /** A job a team member can hold, with its share of the team. */
    private record Job(String title, ContactLevel level, int weight) {}

    /** A team to plan: its unit, its lead's title and level, where it works, its jobs and size range. */
    private record TeamPlan(
            String code,
            String name,
            String leadTitle,
            ContactLevel leadLevel,
            String location,
            int minSize,
            int maxSize,
            List<Job> jobs) {}

    private record DepartmentPlan(String code, String name, String division, String headTitle, List<TeamPlan> teams) {}

    public DemoCompany generate() {
        var random = new Random(seed);
        var builder = new Builder(random);

        var ceo = builder.person("Chief Executive Officer", "LUMEN", null, LEADERSHIP, "Jakarta");
        builder.unit("LUMEN", COMPANY_NAME, OrgUnitType.COMPANY, null, ceo);
        var opsDirector = builder.person("Director of Customer Operations", "DIV-OPS", ceo, LEADERSHIP, "Jakarta");
        builder.unit("DIV-OPS", "Customer Operations", OrgUnitType.DIVISION, "LUMEN", opsDirector);
        var corpDirector = builder.person("Director of Corporate Services", "DIV-CORP", ceo, LEADERSHIP, "Jakarta");
        builder.unit("DIV-CORP", "Corporate Services", OrgUnitType.DIVISION, "LUMEN", corpDirector);

        for (DepartmentPlan department : departments()) {
            var director = "DIV-OPS".equals(department.division()) ? opsDirector : corpDirector;
            var head = builder.person(department.headTitle(), department.code(), director, LEADERSHIP, "Jakarta");
            builder.unit(department.code(), department.name(), OrgUnitType.DEPARTMENT, department.division(), head);
            for (TeamPlan team : department.teams()) {
                var lead = builder.person(team.leadTitle(), team.code(), head, team.leadLevel(), team.location());
                builder.unit(team.code(), team.name(), OrgUnitType.TEAM, department.code(), lead);
                int size = team.minSize() + random.nextInt(team.maxSize() - team.minSize() + 1);
                for (int i = 1; i < size; i++) {
                    var job = pick(team.jobs(), random);
                    builder.person(job.title(), team.code(), lead, job.level(), team.location());
                }
            }
        }

        var people = builder.people;
        var logins = List.of(
                new Login(ADMIN_LOGIN, EnumSet.of(Role.ADMIN, Role.EMPLOYEE), leadOf(builder.units, "PT-IT")),
                new Login(
                        HR_LOGIN,
                        EnumSet.of(Role.HR, Role.EMPLOYEE),
                        firstMemberOf(people, builder.units, "PT-PEOPLE")),
                new Login(LEAD_LOGIN, EnumSet.of(Role.TEAM_LEAD, Role.EMPLOYEE), leadOf(builder.units, "CC-VOICE-A")),
                new Login(EMPLOYEE_LOGIN, EnumSet.of(Role.EMPLOYEE), firstAgentOf(people, builder.units, "CC-VOICE-A")),
                new Login(EXECUTIVE_LOGIN, EnumSet.of(Role.EXECUTIVE, Role.EMPLOYEE), ceo.number()));
        return new DemoCompany(COMPANY_NAME, builder.units, people, logins);
    }

    private static String leadOf(List<Unit> units, String code) {
        return units.stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow()
                .leadNumber();
    }

    /** The first member of the unit who serves customers (so the demo employee has customers' feedback). */
    private static String firstAgentOf(List<Person> people, List<Unit> units, String code) {
        String lead = leadOf(units, code);
        return people.stream()
                .filter(p ->
                        p.unitCode().equals(code) && !p.number().equals(lead) && p.contactLevel() == CUSTOMER_SUPPORT)
                .findFirst()
                .orElseThrow()
                .number();
    }

    private static String firstMemberOf(List<Person> people, List<Unit> units, String code) {
        String lead = leadOf(units, code);
        return people.stream()
                .filter(p -> p.unitCode().equals(code) && !p.number().equals(lead))
                .findFirst()
                .orElseThrow()
                .number();
    }

    private static Job pick(List<Job> jobs, Random random) {
        int total = jobs.stream().mapToInt(Job::weight).sum();
        int draw = random.nextInt(total);
        for (Job job : jobs) {
            draw -= job.weight();
            if (draw < 0) {
                return job;
            }
        }
        throw new IllegalStateException("weights exhausted");
    }

    private static List<DepartmentPlan> departments() {
        var storeJobs = List.of(
                new Job("Sales Associate", FRONT_LINE, 6),
                new Job("Cashier", FRONT_LINE, 2),
                new Job("Kitchen Design Consultant", FRONT_LINE, 1),
                new Job("Stock Associate", BACK_OFFICE, 1));
        var agentJobs = List.of(
                new Job("Customer Service Agent", CUSTOMER_SUPPORT, 7),
                new Job("Senior Customer Service Agent", CUSTOMER_SUPPORT, 2),
                new Job("Quality Analyst", BACK_OFFICE, 1));
        var complaintJobs = List.of(
                new Job("Complaints Specialist", CUSTOMER_SUPPORT, 5),
                new Job("Customer Service Agent", CUSTOMER_SUPPORT, 2));
        var technicianJobs = List.of(
                new Job("Installation Technician", FRONT_LINE, 5), new Job("Service Technician", FRONT_LINE, 2));
        var repairJobs = List.of(
                new Job("Service Technician", FRONT_LINE, 4), new Job("Warranty Coordinator", CUSTOMER_SUPPORT, 1));
        var driverJobs =
                List.of(new Job("Delivery Driver", FRONT_LINE, 3), new Job("Delivery Crew Member", FRONT_LINE, 2));
        var warehouseJobs =
                List.of(new Job("Warehouse Operative", BACK_OFFICE, 4), new Job("Dispatcher", BACK_OFFICE, 1));

        var stores = new ArrayList<TeamPlan>();
        String[][] storeSites = {
            {"RET-JKT-C", "Store Jakarta Central", "Jakarta"}, {"RET-JKT-S", "Store Jakarta South", "Jakarta"},
            {"RET-TNG", "Store Tangerang", "Tangerang"}, {"RET-BDG", "Store Bandung", "Bandung"},
            {"RET-SUB", "Store Surabaya", "Surabaya"}, {"RET-SRG", "Store Semarang", "Semarang"},
            {"RET-MDN", "Store Medan", "Medan"}, {"RET-DPS", "Store Denpasar", "Denpasar"}
        };
        for (String[] site : storeSites) {
            stores.add(new TeamPlan(site[0], site[1], "Store Manager", FRONT_LINE, site[2], 12, 15, storeJobs));
        }

        return List.of(
                new DepartmentPlan("RET", "Retail Stores", "DIV-OPS", "Head of Retail", stores),
                new DepartmentPlan(
                        "CC",
                        "Contact Centre",
                        "DIV-OPS",
                        "Head of Contact Centre",
                        List.of(
                                new TeamPlan(
                                        "CC-VOICE-A",
                                        "Voice Team A",
                                        "Contact Centre Team Leader",
                                        CUSTOMER_SUPPORT,
                                        "Jakarta",
                                        13,
                                        16,
                                        agentJobs),
                                new TeamPlan(
                                        "CC-VOICE-B",
                                        "Voice Team B",
                                        "Contact Centre Team Leader",
                                        CUSTOMER_SUPPORT,
                                        "Jakarta",
                                        13,
                                        16,
                                        agentJobs),
                                new TeamPlan(
                                        "CC-CHAT",
                                        "Chat & Messaging",
                                        "Contact Centre Team Leader",
                                        CUSTOMER_SUPPORT,
                                        "Jakarta",
                                        13,
                                        16,
                                        agentJobs),
                                new TeamPlan(
                                        "CC-EMAIL",
                                        "E-mail & Social",
                                        "Contact Centre Team Leader",
                                        CUSTOMER_SUPPORT,
                                        "Jakarta",
                                        13,
                                        16,
                                        agentJobs),
                                new TeamPlan(
                                        "CC-COMPLAINTS",
                                        "Complaints Resolution",
                                        "Complaints Team Leader",
                                        CUSTOMER_SUPPORT,
                                        "Jakarta",
                                        13,
                                        16,
                                        complaintJobs))),
                new DepartmentPlan(
                        "FS",
                        "Field Service",
                        "DIV-OPS",
                        "Head of Field Service",
                        List.of(
                                new TeamPlan(
                                        "FS-WEST",
                                        "Installation West Java",
                                        "Field Service Supervisor",
                                        FRONT_LINE,
                                        "Bandung",
                                        9,
                                        12,
                                        technicianJobs),
                                new TeamPlan(
                                        "FS-EAST",
                                        "Installation East Java",
                                        "Field Service Supervisor",
                                        FRONT_LINE,
                                        "Surabaya",
                                        9,
                                        12,
                                        technicianJobs),
                                new TeamPlan(
                                        "FS-REPAIR",
                                        "Repairs & Warranty",
                                        "Field Service Supervisor",
                                        FRONT_LINE,
                                        "Jakarta",
                                        9,
                                        12,
                                        repairJobs),
                                new TeamPlan(
                                        "FS-SCHED",
                                        "Service Scheduling",
                                        "Scheduling Team Lead",
                                        CUSTOMER_SUPPORT,
                                        "Jakarta",
                                        9,
                                        12,
                                        List.of(new Job("Service Scheduler", CUSTOMER_SUPPORT, 1))))),
                new DepartmentPlan(
                        "DL",
                        "Delivery & Logistics",
                        "DIV-OPS",
                        "Head of Delivery & Logistics",
                        List.of(
                                new TeamPlan(
                                        "DL-JKT",
                                        "Jakarta Delivery Fleet",
                                        "Logistics Supervisor",
                                        FRONT_LINE,
                                        "Jakarta",
                                        10,
                                        13,
                                        driverJobs),
                                new TeamPlan(
                                        "DL-REGIONAL",
                                        "Regional Delivery Fleet",
                                        "Logistics Supervisor",
                                        FRONT_LINE,
                                        "Surabaya",
                                        10,
                                        13,
                                        driverJobs),
                                new TeamPlan(
                                        "DL-WAREHOUSE",
                                        "Warehouse & Dispatch",
                                        "Warehouse Supervisor",
                                        BACK_OFFICE,
                                        "Bekasi",
                                        10,
                                        13,
                                        warehouseJobs))),
                new DepartmentPlan(
                        "FIN",
                        "Finance & Administration",
                        "DIV-CORP",
                        "Head of Finance",
                        List.of(
                                new TeamPlan(
                                        "FIN-BILLING",
                                        "Billing & Collections",
                                        "Finance Team Lead",
                                        CUSTOMER_SUPPORT,
                                        "Jakarta",
                                        7,
                                        9,
                                        List.of(new Job("Billing Specialist", CUSTOMER_SUPPORT, 1))),
                                new TeamPlan(
                                        "FIN-ACCOUNTING",
                                        "Accounting",
                                        "Finance Team Lead",
                                        BACK_OFFICE,
                                        "Jakarta",
                                        7,
                                        9,
                                        List.of(
                                                new Job("Accountant", BACK_OFFICE, 3),
                                                new Job("Accounts Payable Clerk", BACK_OFFICE, 1))))),
                new DepartmentPlan(
                        "PT",
                        "People & Technology",
                        "DIV-CORP",
                        "Head of People & Technology",
                        List.of(
                                new TeamPlan(
                                        "PT-PEOPLE",
                                        "People & Culture",
                                        "People & Culture Lead",
                                        BACK_OFFICE,
                                        "Jakarta",
                                        7,
                                        9,
                                        List.of(
                                                new Job("HR Business Partner", BACK_OFFICE, 2),
                                                new Job("Learning & Development Specialist", BACK_OFFICE, 1))),
                                new TeamPlan(
                                        "PT-IT",
                                        "IT Service Desk",
                                        "IT Service Desk Lead",
                                        BACK_OFFICE,
                                        "Jakarta",
                                        7,
                                        9,
                                        List.of(new Job("IT Support Engineer", BACK_OFFICE, 1))),
                                new TeamPlan(
                                        "PT-DIGITAL",
                                        "Digital Channels",
                                        "Digital Channels Lead",
                                        BACK_OFFICE,
                                        "Jakarta",
                                        7,
                                        9,
                                        List.of(
                                                new Job("Digital Product Owner", BACK_OFFICE, 1),
                                                new Job("Online Community Moderator", CUSTOMER_SUPPORT, 2))))));
    }

    /** Accumulates units and people, handing out numbers, names and e-mail addresses. */
    private final class Builder {
        private final Random random;
        private final List<Unit> units = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private final Set<String> emails = new HashSet<>();

        Builder(Random random) {
            this.random = random;
        }

        void unit(String code, String name, OrgUnitType type, String parentCode, Person lead) {
            units.add(new Unit(code, name, type, parentCode, lead.number()));
        }

        Person person(String title, String unitCode, Person manager, ContactLevel level, String location) {
            String number = String.format(Locale.ROOT, "E%05d", people.size() + 1);
            String first = DemoNames.FIRST[random.nextInt(DemoNames.FIRST.length)];
            String last = DemoNames.LAST[random.nextInt(DemoNames.LAST.length)];
            int daysEmployed = random.nextInt(100) < 10 ? 7 + random.nextInt(170) : 180 + random.nextInt(12 * 365);
            int languageDraw = random.nextInt(100);
            String language = languageDraw < 85 ? "id" : languageDraw < 97 ? "en" : "nl";
            var person = new Person(
                    number,
                    first,
                    last,
                    emailFor(first, last),
                    title,
                    unitCode,
                    manager == null ? null : manager.number(),
                    level,
                    location,
                    today.minusDays(daysEmployed),
                    language,
                    motivatorsFor(level, random));
            people.add(person);
            return person;
        }

        /**
         * About one in five people has not ranked anything yet; the others rank three to six
         * motivators, drawn with weights that differ by contact level (the front line leans to money
         * and time off, the back office to learning, leadership to public recognition and charity).
         */
        private List<Motivator> motivatorsFor(ContactLevel level, Random random) {
            if (random.nextInt(100) < 20) {
                return List.of();
            }
            var weights = new EnumMap<Motivator, Integer>(Motivator.class);
            weights.put(Motivator.MONEY_OR_VOUCHERS, level == FRONT_LINE ? 9 : level == CUSTOMER_SUPPORT ? 7 : 4);
            weights.put(Motivator.TIME_OFF, level == FRONT_LINE || level == CUSTOMER_SUPPORT ? 7 : 5);
            weights.put(Motivator.PUBLIC_RECOGNITION, level == LEADERSHIP ? 8 : 4);
            weights.put(Motivator.LEARNING_BUDGET, level == BACK_OFFICE ? 9 : level == LEADERSHIP ? 5 : 3);
            weights.put(Motivator.CHARITY_DONATION, level == LEADERSHIP ? 6 : 2);
            weights.put(Motivator.GIFT_OR_EXPERIENCE, 3);
            int count = 3 + random.nextInt(4);
            var ranking = new ArrayList<Motivator>();
            while (ranking.size() < count) {
                int total =
                        weights.values().stream().mapToInt(Integer::intValue).sum();
                int draw = random.nextInt(total);
                for (var entry : weights.entrySet()) {
                    draw -= entry.getValue();
                    if (draw < 0) {
                        ranking.add(entry.getKey());
                        weights.remove(entry.getKey());
                        break;
                    }
                }
            }
            return List.copyOf(ranking);
        }

        private String emailFor(String first, String last) {
            String base = ascii(first) + "." + ascii(last);
            String candidate = base;
            for (int n = 2; !emails.add(candidate); n++) {
                candidate = base + n;
            }
            return candidate + "@" + EMAIL_DOMAIN;
        }

        private String ascii(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFD)
                    .replaceAll("[^A-Za-z]", "")
                    .toLowerCase(Locale.ROOT);
        }
    }
}
