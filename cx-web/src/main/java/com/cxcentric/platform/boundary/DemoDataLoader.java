package com.cxcentric.platform.boundary;

import com.cxcentric.demo.DemoCompany;
import com.cxcentric.demo.DemoCompanyGenerator;
import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.security.control.PasswordHashing;
import com.cxcentric.security.entity.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the demo company into an empty database, then lets every area's
 * {@link DemoDataContributor} add its part, all in one transaction. Does nothing when any employee
 * exists, so it is safe to call on every start.
 */
@Stateless
@PermitAll
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    /** The password of every demo login, documented in the README; demo mode only. */
    public static final String DEMO_PASSWORD = "demo";

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Instance<DemoDataContributor> contributors;

    @Inject
    @ConfigProperty(name = "cx.demo.seed", defaultValue = "20261122")
    long seed;

    /** @return true when demo data was written by this call */
    public boolean loadIfEmpty() {
        if (em.createNamedQuery(Employee.COUNT_ALL, Long.class).getSingleResult() > 0) {
            LOG.info("Demo data not loaded: the database already holds employees");
            return false;
        }
        long start = System.nanoTime();
        LocalDate today = LocalDate.now();
        DemoCompany company = new DemoCompanyGenerator(seed, today).generate();
        writeOrganization(company);
        writeLogins(company);
        var context = new DemoContext(company, today, seed);
        contributors.stream()
                .sorted(Comparator.comparingInt(DemoDataContributor::order))
                .forEach(contributor -> {
                    long began = System.nanoTime();
                    contributor.contribute(context);
                    LOG.info(() -> String.format(
                            "Demo data of %s in %d ms",
                            contributor.getClass().getSimpleName().replaceAll("\\$.*", ""),
                            (System.nanoTime() - began) / 1_000_000));
                });
        LOG.info(() -> String.format(
                "Demo company '%s' written: %d org units, %d employees, %d demo logins in %d ms",
                company.name(),
                company.units().size(),
                company.people().size(),
                company.logins().size(),
                (System.nanoTime() - start) / 1_000_000));
        return true;
    }

    private void writeOrganization(DemoCompany company) {
        Map<String, OrgUnit> units = new HashMap<>();
        for (DemoCompany.Unit plan : company.units()) {
            var unit = new OrgUnit(plan.code(), plan.name(), plan.type(), units.get(plan.parentCode()));
            em.persist(unit);
            units.put(plan.code(), unit);
        }
        Map<String, Employee> people = new HashMap<>();
        for (DemoCompany.Person plan : company.people()) {
            var person = new Employee(plan.number(), plan.firstName(), plan.lastName(), plan.contactLevel());
            person.setEmail(plan.email());
            person.setJobTitle(plan.jobTitle());
            person.placeIn(units.get(plan.unitCode()));
            if (plan.managerNumber() != null) {
                person.reportTo(people.get(plan.managerNumber()));
            }
            person.setLocation(plan.location());
            person.setHireDate(plan.hireDate());
            person.setPreferredLanguage(plan.language());
            person.rankMotivators(plan.motivators());
            em.persist(person);
            people.put(plan.number(), person);
        }
        em.flush();
        for (DemoCompany.Unit plan : company.units()) {
            units.get(plan.code()).appointLead(people.get(plan.leadNumber()));
        }
        em.flush();
    }

    private void writeLogins(DemoCompany company) {
        String hash = passwords.hash(DEMO_PASSWORD.toCharArray());
        for (DemoCompany.Login login : company.logins()) {
            Employee person = em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                    .setParameter("number", login.employeeNumber())
                    .getSingleResult();
            UserAccount account = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                    .setParameter("username", login.username())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (account == null) {
                account = new UserAccount(login.username(), hash, login.roles());
                em.persist(account);
            } else {
                // The bootstrap administrator keeps its password and gains the demo person.
                login.roles().forEach(account::grant);
            }
            if (account.getEmployee() == null) {
                account.linkTo(person);
            }
        }
    }
}
