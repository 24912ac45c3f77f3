package com.cxcentric.web.hr;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.rewards.boundary.RewardBudgets;
import com.cxcentric.rewards.boundary.RewardBudgets.BudgetDefinition;
import com.cxcentric.rewards.boundary.RewardBudgets.BudgetView;
import com.cxcentric.rewards.boundary.RewardSchemes;
import com.cxcentric.rewards.entity.BudgetMode;
import com.cxcentric.rewards.entity.PeriodKind;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * /hr/budgets.xhtml, HR's: a month's budgets per unit with what each used against its limit (by
 * allowances, awards, boosts, nominations), CSV and Excel downloads, and the editor: a new budget
 * for a unit and a month or quarter, or another limit, mode or owner for one.
 */
@Named
@ViewScoped
public class BudgetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RewardBudgets budgets;

    @Inject
    private RewardSchemes schemes;

    @Inject
    private FacesMessages messages;

    @Inject
    private BusinessDay businessDay;

    private String month;
    private List<BudgetView> shown = List.of();
    private List<RewardSchemes.Choice> units = List.of();

    private boolean editing;
    private Long id;
    private String unitCode;
    private PeriodKind periodKind = PeriodKind.MONTH;
    private String period;
    private Long limitPoints;
    private BigDecimal limitMoney;
    private BudgetMode mode = BudgetMode.FIXED;
    private String ownerNumber;

    @PostConstruct
    void start() {
        month = YearMonth.from(businessDay.today()).toString();
        units = schemes.units();
        show();
    }

    public void show() {
        shown = budgets.ofMonth(YearMonth.parse(month));
    }

    public void newBudget() {
        editing = true;
        id = null;
        unitCode = null;
        periodKind = PeriodKind.MONTH;
        period = month;
        limitPoints = null;
        limitMoney = null;
        mode = BudgetMode.FIXED;
        ownerNumber = null;
    }

    public void edit(BudgetView budget) {
        editing = true;
        id = budget.id();
        unitCode = budget.unitCode();
        periodKind = budget.periodKind();
        period = budget.period();
        limitMoney = budget.limitMoney();
        limitPoints = limitMoney == null ? budget.limitPoints() : null;
        mode = budget.mode();
        ownerNumber = budget.ownerNumber();
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        try {
            BudgetView saved = budgets.save(
                    new BudgetDefinition(id, unitCode, periodKind, period, limitPoints, limitMoney, mode, ownerNumber));
            messages.info("budgets.saved", saved.unitName(), saved.period());
            editing = false;
            show();
        } catch (BusinessException refused) {
            messages.error(refused, "budgetForm");
        }
    }

    /** How full a budget's bar is drawn: its share used, at most the whole bar. */
    public int barPercent(BudgetView budget) {
        return Math.min(100, budget.usedPercent());
    }

    public long getTotalLimit() {
        return shown.stream().mapToLong(BudgetView::limitPoints).sum();
    }

    public long getTotalUsed() {
        return shown.stream().mapToLong(BudgetView::used).sum();
    }

    /** This month, the eleven before it and the three after it. */
    public List<String> getMonths() {
        YearMonth now = YearMonth.from(businessDay.today());
        return IntStream.rangeClosed(-3, 11)
                .mapToObj(i -> now.minusMonths(i).toString())
                .toList();
    }

    public String exportUrl(String format) {
        return "/api/v1/budgets/export?month=" + month + "&format=" + format;
    }

    public PeriodKind[] getPeriodKinds() {
        return PeriodKind.values();
    }

    public BudgetMode[] getModes() {
        return BudgetMode.values();
    }

    public List<BudgetView> getShown() {
        return shown;
    }

    public List<RewardSchemes.Choice> getUnits() {
        return units;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isCreating() {
        return id == null;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public void setPeriodKind(PeriodKind periodKind) {
        this.periodKind = periodKind;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public BigDecimal getLimitMoney() {
        return limitMoney;
    }

    public void setLimitMoney(BigDecimal limitMoney) {
        this.limitMoney = limitMoney;
    }

    /** The currency a limit in money is in: the one points are valued in. */
    public String getCurrency() {
        return budgets.currency();
    }

    public Long getLimitPoints() {
        return limitPoints;
    }

    public void setLimitPoints(Long limitPoints) {
        this.limitPoints = limitPoints;
    }

    public BudgetMode getMode() {
        return mode;
    }

    public void setMode(BudgetMode mode) {
        this.mode = mode;
    }

    public String getOwnerNumber() {
        return ownerNumber;
    }

    public void setOwnerNumber(String ownerNumber) {
        this.ownerNumber = ownerNumber;
    }
}
