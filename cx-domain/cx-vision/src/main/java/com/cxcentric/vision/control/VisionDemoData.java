package com.cxcentric.vision.control;

import com.cxcentric.demo.DemoCompanyGenerator;
import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.vision.entity.AcknowledgementSchedule;
import com.cxcentric.vision.entity.VisionText;
import com.cxcentric.vision.entity.VisionValueText;
import com.cxcentric.vision.entity.VisionVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo company's CX vision, published nine months ago in the portal's three languages with its
 * five values, and a staggered rollout: departments in name order confirmed it at the rates of
 * {@link #CONFIRMED_PERCENT} (the last one lagging), those who had not confirmed a week after being
 * asked were reminded and a week later their lead copied, as the schedule does. The demo employee
 * has not confirmed it yet, so their home page asks them to.
 */
@ApplicationScoped
public class VisionDemoData implements DemoDataContributor {

    /** Days since the vision was published. */
    static final int PUBLISHED_DAYS_AGO = 270;

    /** Share of each department (in name order, cycling) who confirmed the vision. */
    static final int[] CONFIRMED_PERCENT = {96, 88, 81, 72, 35};

    private static final String[][] VALUES = {
        {
            "CUSTOMER_FIRST",
            "Customer first",
            "We start from what the customer is trying to get done, not from our process.",
            "Klant eerst",
            "We beginnen bij wat de klant wil bereiken, niet bij ons proces.",
            "Pelanggan utama",
            "Kami mulai dari apa yang ingin dicapai pelanggan, bukan dari proses kami."
        },
        {
            "OWN_IT",
            "Own it",
            "Whoever hears about a problem owns it until the customer has an answer.",
            "Neem het op je",
            "Wie van een probleem hoort, is er eigenaar van tot de klant een antwoord heeft.",
            "Tuntaskan",
            "Siapa pun yang mendengar masalah memilikinya sampai pelanggan mendapat jawaban."
        },
        {
            "LISTEN_TO_UNDERSTAND",
            "Listen to understand",
            "We ask before we tell, and we check that we understood.",
            "Luister om te begrijpen",
            "We vragen voordat we vertellen, en we checken of we het begrepen hebben.",
            "Dengar untuk memahami",
            "Kami bertanya sebelum menjelaskan, dan memastikan kami sudah paham."
        },
        {
            "KEEP_OUR_PROMISES",
            "Keep our promises",
            "On time, as agreed, or we call before the customer has to.",
            "Afspraak is afspraak",
            "Op tijd, zoals afgesproken, of we bellen voordat de klant dat moet doen.",
            "Tepati janji",
            "Tepat waktu, sesuai kesepakatan, atau kami menelepon sebelum pelanggan harus melakukannya."
        },
        {
            "ONE_TEAM",
            "One team",
            "Front line and back office succeed or fail together.",
            "Eén team",
            "Frontoffice en backoffice slagen of falen samen.",
            "Satu tim",
            "Garis depan dan kantor belakang berhasil atau gagal bersama."
        }
    };

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private ValuesFollowTheVision values;

    @Inject
    private Acknowledgements acknowledgements;

    @Inject
    private OrgTree orgTree;

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute(DemoContext context) {
        LocalDate published = context.today().minusDays(PUBLISHED_DAYS_AGO);
        VisionVersion version = new VisionVersion(1, "exec");
        version.rewrite(texts(), valueTexts(), "exec");
        version.publish("exec", published.atTime(9, 0).toInstant(ZoneOffset.UTC), published);
        em.persist(version);
        em.flush();
        values.follow(version);
        em.flush();
        em.createNativeQuery("INSERT INTO vision_acknowledgement (vision_version_id, employee_id, asked_on)"
                        + " SELECT ?, e.id, CASE WHEN e.hire_date IS NOT NULL AND e.hire_date > ? THEN e.hire_date"
                        + " ELSE ? END FROM employee e WHERE e.status <> 'LEFT'")
                .setParameter(1, version.getId())
                .setParameter(2, Date.valueOf(published))
                .setParameter(3, Date.valueOf(published))
                .executeUpdate();
        stagger(context, version);
    }

    private void stagger(DemoContext context, VisionVersion version) {
        Random random = context.randomFor(VisionDemoData.class);
        List<OrgUnit> departments = new ArrayList<>(orgTree.departmentOfEachUnit().values().stream()
                .distinct()
                .sorted(Comparator.comparing(OrgUnit::getName))
                .toList());
        Map<Long, OrgUnit> departmentOf = orgTree.departmentOfEachUnit();
        String demoEmployee = context.company().logins().stream()
                .filter(l -> l.username().equals(DemoCompanyGenerator.EMPLOYEE_LOGIN))
                .map(l -> l.employeeNumber())
                .findFirst()
                .orElse(null);
        for (Employee person : em.createQuery(
                        "SELECT e FROM Employee e WHERE e.status <> :left ORDER BY e.id", Employee.class)
                .setParameter("left", EmploymentStatus.LEFT)
                .getResultList()) {
            OrgUnit department = person.getOrgUnit() == null
                    ? null
                    : departmentOf.get(person.getOrgUnit().getId());
            int rate = department == null
                    ? 50
                    : CONFIRMED_PERCENT[departments.indexOf(department) % CONFIRMED_PERCENT.length];
            LocalDate asked = version.getPublishedOn();
            if (person.getHireDate() != null && person.getHireDate().isAfter(asked)) {
                asked = person.getHireDate();
            }
            boolean confirmed =
                    random.nextInt(100) < rate && !person.getEmployeeNumber().equals(demoEmployee);
            int after = confirmed ? random.nextInt(20) : 0;
            LocalDate confirmedOn = asked.plusDays(after);
            if (confirmed && confirmedOn.isAfter(context.today())) {
                confirmedOn = context.today();
            }
            boolean seen = confirmed || random.nextInt(100) < 60;
            LocalDate reminded = asked.plusDays(AcknowledgementSchedule.REMINDER_AFTER_DAYS);
            LocalDate copied = reminded.plusDays(AcknowledgementSchedule.COPY_TO_LEAD_AFTER_DAYS);
            boolean wasReminded = (!confirmed || confirmedOn.isAfter(reminded)) && !reminded.isAfter(context.today());
            boolean wasCopied = (!confirmed || confirmedOn.isAfter(copied)) && !copied.isAfter(context.today());
            // Only what happened is set (the columns start empty): a bound null has no type on PostgreSQL.
            List<String> columns = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            if (seen) {
                columns.add("seen_at");
                values.add(at(confirmed ? confirmedOn : asked.plusDays(1)));
            }
            if (confirmed) {
                columns.add("acknowledged_at");
                values.add(at(confirmedOn));
            }
            if (wasReminded) {
                columns.add("reminded_on");
                values.add(Date.valueOf(reminded));
            }
            if (wasCopied) {
                columns.add("escalated_on");
                values.add(Date.valueOf(copied));
            }
            if (columns.isEmpty()) {
                continue;
            }
            var update = em.createNativeQuery("UPDATE vision_acknowledgement SET "
                    + String.join(", ", columns.stream().map(c -> c + " = ?").toList())
                    + " WHERE vision_version_id = ? AND employee_id = ?");
            for (int i = 0; i < values.size(); i++) {
                update.setParameter(i + 1, values.get(i));
            }
            update.setParameter(values.size() + 1, version.getId())
                    .setParameter(values.size() + 2, person.getId())
                    .executeUpdate();
        }
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }

    private static List<VisionText> texts() {
        return List.of(
                new VisionText(
                        "en",
                        "Every customer who deals with us leaves knowing that someone took their problem as their own:"
                                + " we are the company people recommend because dealing with us is easy.",
                        "We answer within one working day, we fix it the first time or tell you exactly when, and"
                                + " the person you talk to stays with you until it is done."),
                new VisionText(
                        "nl",
                        "Iedere klant die met ons te maken heeft, weet daarna dat iemand zijn probleem als het"
                                + " eigen probleem heeft opgepakt: we zijn het bedrijf dat mensen aanraden omdat"
                                + " zaken doen met ons makkelijk is.",
                        "We antwoorden binnen één werkdag, lossen het de eerste keer op of zeggen precies wanneer,"
                                + " en wie je spreekt blijft bij je tot het geregeld is."),
                new VisionText(
                        "id",
                        "Setiap pelanggan yang berurusan dengan kami pergi dengan keyakinan bahwa seseorang"
                                + " menganggap masalahnya sebagai masalahnya sendiri: kami perusahaan yang"
                                + " direkomendasikan orang karena berurusan dengan kami itu mudah.",
                        "Kami menjawab dalam satu hari kerja, menyelesaikannya pada kesempatan pertama atau"
                                + " memberi tahu kapan tepatnya, dan orang yang Anda ajak bicara mendampingi Anda"
                                + " sampai selesai."));
    }

    private static List<VisionValueText> valueTexts() {
        List<VisionValueText> texts = new ArrayList<>();
        String[] languages = VisionVersion.LANGUAGES.toArray(String[]::new);
        for (int v = 0; v < VALUES.length; v++) {
            for (int l = 0; l < languages.length; l++) {
                texts.add(new VisionValueText(
                        VALUES[v][0], languages[l], v + 1, VALUES[v][1 + 2 * l], VALUES[v][2 + 2 * l]));
            }
        }
        return texts;
    }
}
