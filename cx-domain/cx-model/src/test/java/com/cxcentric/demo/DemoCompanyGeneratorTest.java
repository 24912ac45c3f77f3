package com.cxcentric.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.demo.DemoCompany.Person;
import com.cxcentric.demo.DemoCompany.Unit;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.security.entity.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCompanyGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final DemoCompany company = new DemoCompanyGenerator(42L, TODAY).generate();

    @Test
    void sameSeedAndDayGiveTheSameCompany() {
        assertEquals(company, new DemoCompanyGenerator(42L, TODAY).generate());
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        assertNotEquals(
                company.people(), new DemoCompanyGenerator(7L, TODAY).generate().people());
    }

    @Test
    void hasAboutThreeHundredPeopleInSixDepartmentsAndTwentyFiveTeams() {
        assertAll(
                () -> assertEquals(1, company.count(OrgUnitType.COMPANY)),
                () -> assertEquals(2, company.count(OrgUnitType.DIVISION)),
                () -> assertEquals(6, company.count(OrgUnitType.DEPARTMENT)),
                () -> assertEquals(25, company.count(OrgUnitType.TEAM)),
                () -> assertTrue(
                        company.people().size() >= 270 && company.people().size() <= 330,
                        "headcount " + company.people().size()));
    }

    @Test
    void everyUnitHasALeadWhoWorksInIt() {
        Map<String, Person> byNumber =
                company.people().stream().collect(Collectors.toMap(Person::number, Function.identity()));
        for (Unit unit : company.units()) {
            Person lead = byNumber.get(unit.leadNumber());
            assertNotNull(lead, "lead of " + unit.code());
            assertEquals(unit.code(), lead.unitCode(), "lead of " + unit.code() + " works elsewhere");
        }
    }

    @Test
    void everyoneButTheChiefExecutiveReportsToSomeoneEarlierInThePlan() {
        var seen = new HashSet<String>();
        int withoutManager = 0;
        for (Person person : company.people()) {
            if (person.managerNumber() == null) {
                withoutManager++;
            } else {
                assertTrue(seen.contains(person.managerNumber()), person.number() + " reports to a later person");
            }
            seen.add(person.number());
        }
        assertEquals(1, withoutManager);
    }

    @Test
    void unitsArePlannedParentsFirst() {
        var seen = new HashSet<String>();
        for (Unit unit : company.units()) {
            assertTrue(unit.parentCode() == null || seen.contains(unit.parentCode()), unit.code());
            seen.add(unit.code());
        }
    }

    @Test
    void numbersAndEmailsAreUnique() {
        assertEquals(
                company.people().size(),
                company.people().stream().map(Person::number).distinct().count());
        assertEquals(
                company.people().size(),
                company.people().stream().map(Person::email).distinct().count());
    }

    @Test
    void coversEveryContactLevelAndSomeNewJoiners() {
        var levels = company.people().stream().map(Person::contactLevel).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(ContactLevel.class), levels);
        long newJoiners = company.people().stream()
                .filter(p -> p.hireDate().isAfter(TODAY.minusMonths(6)))
                .count();
        assertTrue(newJoiners > 10, "new joiners " + newJoiners);
        assertTrue(company.people().stream().noneMatch(p -> p.hireDate().isAfter(TODAY)), "hired in the future");
    }

    @Test
    void mostPeopleRankSeveralMotivatorsEachOnceAndTheFrontLineLeansToMoney() {
        long ranked =
                company.people().stream().filter(p -> !p.motivators().isEmpty()).count();
        assertTrue(
                ranked > company.people().size() * 0.7
                        && ranked < company.people().size(),
                "ranked " + ranked);
        assertTrue(company.people().stream()
                .allMatch(p -> p.motivators().size()
                        == p.motivators().stream().distinct().count()));
        long frontLineMoneyFirst = firstChoiceShare(ContactLevel.FRONT_LINE, Motivator.MONEY_OR_VOUCHERS);
        long backOfficeMoneyFirst = firstChoiceShare(ContactLevel.BACK_OFFICE, Motivator.MONEY_OR_VOUCHERS);
        assertTrue(
                frontLineMoneyFirst > backOfficeMoneyFirst, frontLineMoneyFirst + "% vs " + backOfficeMoneyFirst + "%");
    }

    private long firstChoiceShare(ContactLevel level, Motivator motivator) {
        var ranked = company.people().stream()
                .filter(p -> p.contactLevel() == level && !p.motivators().isEmpty())
                .toList();
        return 100
                * ranked.stream()
                        .filter(p -> p.motivators().get(0) == motivator)
                        .count()
                / ranked.size();
    }

    @Test
    void hasOneDemoLoginPerRoleLinkedToAPlannedPerson() {
        var roles = EnumSet.noneOf(Role.class);
        var numbers = company.people().stream().map(Person::number).collect(Collectors.toSet());
        for (var login : company.logins()) {
            roles.addAll(login.roles());
            assertTrue(numbers.contains(login.employeeNumber()), login.username());
        }
        assertEquals(EnumSet.allOf(Role.class), roles);
    }

    @Test
    void theDemoTeamLeadLeadsTheDemoEmployee() {
        Map<String, String> loginToNumber = company.logins().stream()
                .collect(Collectors.toMap(DemoCompany.Login::username, DemoCompany.Login::employeeNumber));
        Person employee = company.people().stream()
                .filter(p -> p.number().equals(loginToNumber.get(DemoCompanyGenerator.EMPLOYEE_LOGIN)))
                .findFirst()
                .orElseThrow();
        assertEquals(loginToNumber.get(DemoCompanyGenerator.LEAD_LOGIN), employee.managerNumber());
    }
}
