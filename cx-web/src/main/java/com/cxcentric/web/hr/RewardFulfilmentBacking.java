package com.cxcentric.web.hr;

import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.rewards.boundary.Redemptions;
import com.cxcentric.rewards.boundary.RewardCatalog;
import com.cxcentric.rewards.boundary.RewardSchemes;
import com.cxcentric.rewards.control.RedemptionViews.ItemView;
import com.cxcentric.rewards.control.RedemptionViews.PayrollRow;
import com.cxcentric.rewards.control.RedemptionViews.RedemptionView;
import com.cxcentric.rewards.entity.ItemDefinition;
import com.cxcentric.rewards.entity.RedemptionStatus;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * /hr/rewards.xhtml, HR's: the redemptions waiting to be handed over (settle, or refuse with a
 * reason and the points go back), the catalog with its editor, and a month's payroll rows with
 * their CSV and Excel downloads.
 */
@Named
@ViewScoped
public class RewardFulfilmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SHOWN = 200;

    @Inject
    private RewardCatalog catalog;

    @Inject
    private Redemptions redemptions;

    @Inject
    private RewardSchemes schemes;

    @Inject
    private FacesMessages messages;

    @Inject
    private BusinessDay businessDay;

    private List<RedemptionView> waiting = List.of();
    private long waitingTotal;
    private List<RedemptionView> decided = List.of();
    private List<ItemView> items = List.of();
    private Map<String, Long> pending = Map.of();
    private List<RewardSchemes.Choice> units = List.of();
    private String month;
    private List<PayrollRow> payroll = List.of();
    private Long refusing;
    private String reason;
    private final ItemForm form = new ItemForm();
    private boolean creating;

    @PostConstruct
    void start() {
        month = YearMonth.from(businessDay.today()).minusMonths(1).toString();
        load();
    }

    private void load() {
        var queue = redemptions.list(RedemptionStatus.PENDING, new PageRequest(0, SHOWN));
        waiting = queue.items();
        waitingTotal = queue.total();
        decided = redemptions.list(null, new PageRequest(0, SHOWN)).items().stream()
                .filter(r -> r.status() != RedemptionStatus.PENDING)
                .toList();
        items = catalog.items();
        pending = catalog.pendingByItem();
        units = schemes.units();
        showPayroll();
    }

    public void settle(long id) {
        try {
            RedemptionView done = redemptions.settle(id, null);
            messages.info("fulfilment.settled", done.itemName(), done.employeeName());
            load();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** Opens the refusal dialog for a redemption. */
    public void startRefusal(Long id) {
        refusing = id;
        reason = null;
    }

    public void refuse() {
        if (refusing == null) {
            return;
        }
        try {
            RedemptionView done = redemptions.refuse(refusing, reason);
            messages.info("fulfilment.refused", done.itemName(), done.employeeName(), done.points());
            refusing = null;
            load();
        } catch (BusinessException refused) {
            messages.error(refused, "refuseForm");
        }
    }

    public void newItem() {
        creating = true;
        form.clear();
    }

    public void editItem(ItemView item) {
        creating = false;
        form.fill(item);
    }

    public void saveItem() {
        try {
            ItemView saved = catalog.save(form.definition(), creating).item();
            messages.info("fulfilment.itemSaved", saved.name());
            creating = false;
            form.clear();
            load();
        } catch (BusinessException refused) {
            messages.error(refused, "itemForm");
        }
    }

    public void showPayroll() {
        try {
            payroll = redemptions.payroll(YearMonth.parse(month == null ? "" : month.strip()));
        } catch (DateTimeParseException wrong) {
            payroll = List.of();
            messages.error("fulfilment.month", month);
        }
    }

    public BigDecimal getPayrollValue() {
        return payroll.stream().map(PayrollRow::moneyValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getPayrollCurrency() {
        return payroll.isEmpty() ? null : payroll.get(0).currency();
    }

    /** The months a payroll export is usually wanted for: this one and the eleven before it. */
    public List<String> getMonths() {
        YearMonth now = YearMonth.from(businessDay.today());
        return IntStream.range(0, 12)
                .mapToObj(i -> now.minusMonths(i).toString())
                .toList();
    }

    public String exportUrl(String format) {
        return "/api/v1/redemptions/payroll/export?month=" + month + "&format=" + format;
    }

    public Motivator[] getMotivators() {
        return Motivator.values();
    }

    public List<RedemptionView> getWaiting() {
        return waiting;
    }

    public long getWaitingTotal() {
        return waitingTotal;
    }

    public List<RedemptionView> getDecided() {
        return decided;
    }

    public List<ItemView> getItems() {
        return items;
    }

    public long pendingOf(String code) {
        return pending.getOrDefault(code, 0L);
    }

    public List<RewardSchemes.Choice> getUnits() {
        return units;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public List<PayrollRow> getPayroll() {
        return payroll;
    }

    public Long getRefusing() {
        return refusing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ItemForm getForm() {
        return form;
    }

    public boolean isCreating() {
        return creating;
    }

    /** The reward editor's fields. */
    public static class ItemForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String name;
        private String description;
        private Motivator motivator;
        private Long costPoints;
        private Integer stock;
        private String unitCode;
        private Integer minTenureMonths;
        private boolean active = true;

        void clear() {
            code = null;
            name = null;
            description = null;
            motivator = null;
            costPoints = null;
            stock = null;
            unitCode = null;
            minTenureMonths = 0;
            active = true;
        }

        void fill(ItemView item) {
            code = item.code();
            name = item.name();
            description = item.description();
            motivator = item.motivator();
            costPoints = item.costPoints();
            stock = item.stock();
            unitCode = item.unitCode();
            minTenureMonths = item.minTenureMonths();
            active = item.active();
        }

        ItemDefinition definition() {
            return new ItemDefinition(
                    code,
                    name,
                    description,
                    motivator,
                    costPoints == null ? 0 : costPoints,
                    stock,
                    unitCode,
                    minTenureMonths == null ? 0 : minTenureMonths,
                    active);
        }

        public boolean isShown() {
            return code != null || name != null;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Motivator getMotivator() {
            return motivator;
        }

        public void setMotivator(Motivator motivator) {
            this.motivator = motivator;
        }

        public Long getCostPoints() {
            return costPoints;
        }

        public void setCostPoints(Long costPoints) {
            this.costPoints = costPoints;
        }

        public Integer getStock() {
            return stock;
        }

        public void setStock(Integer stock) {
            this.stock = stock;
        }

        public String getUnitCode() {
            return unitCode;
        }

        public void setUnitCode(String unitCode) {
            this.unitCode = unitCode;
        }

        public Integer getMinTenureMonths() {
            return minTenureMonths;
        }

        public void setMinTenureMonths(Integer minTenureMonths) {
            this.minTenureMonths = minTenureMonths;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }
}
