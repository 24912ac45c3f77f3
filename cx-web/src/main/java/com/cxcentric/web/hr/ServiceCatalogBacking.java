package com.cxcentric.web.hr;

import com.cxcentric.outcomes.boundary.ServiceCatalog;
import com.cxcentric.outcomes.entity.Channel;
import com.cxcentric.outcomes.entity.ServiceStandard;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * /hr/service-catalog.xhtml: the touchpoints, the steps of each one's service delivery process and
 * the service standards with their targets, each listed with an editor for a new or a chosen one.
 */
@Named
@ViewScoped
public class ServiceCatalogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ServiceCatalog catalog;

    @Inject
    private FacesMessages messages;

    private List<ServiceCatalog.TouchpointView> touchpoints;
    private List<ServiceCatalog.StepView> steps;
    private List<ServiceCatalog.StandardView> standards;
    private final TouchpointForm touchpoint = new TouchpointForm();
    private final StepForm step = new StepForm();
    private final StandardForm standard = new StandardForm();

    /** The touchpoint being edited (id null: a new one). */
    public static final class TouchpointForm implements Serializable {
        private static final long serialVersionUID = 1L;
        Long id;
        long version;
        String code;
        String name;
        Channel channel;
        int position = 10;
        boolean active = true;

        public Long getId() {
            return id;
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

        public Channel getChannel() {
            return channel;
        }

        public void setChannel(Channel channel) {
            this.channel = channel;
        }

        public int getPosition() {
            return position;
        }

        public void setPosition(int position) {
            this.position = position;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    /** The step being edited. */
    public static final class StepForm implements Serializable {
        private static final long serialVersionUID = 1L;
        Long id;
        long version;
        String touchpoint;
        int order = 1;
        String name;
        boolean critical;

        public Long getId() {
            return id;
        }

        public String getTouchpoint() {
            return touchpoint;
        }

        public void setTouchpoint(String touchpoint) {
            this.touchpoint = touchpoint;
        }

        public int getOrder() {
            return order;
        }

        public void setOrder(int order) {
            this.order = order;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isCritical() {
            return critical;
        }

        public void setCritical(boolean critical) {
            this.critical = critical;
        }
    }

    /** The standard being edited. */
    public static final class StandardForm implements Serializable {
        private static final long serialVersionUID = 1L;
        Long id;
        long version;
        String code;
        String name;
        Long stepId;
        boolean atMost = true;
        BigDecimal target;
        ServiceStandard.Unit unit = ServiceStandard.Unit.MINUTES;
        boolean active = true;

        public Long getId() {
            return id;
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

        public Long getStepId() {
            return stepId;
        }

        public void setStepId(Long stepId) {
            this.stepId = stepId;
        }

        public boolean isAtMost() {
            return atMost;
        }

        public void setAtMost(boolean atMost) {
            this.atMost = atMost;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }

        public ServiceStandard.Unit getUnit() {
            return unit;
        }

        public void setUnit(ServiceStandard.Unit unit) {
            this.unit = unit;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    @PostConstruct
    void load() {
        touchpoints = catalog.touchpoints();
        steps = catalog.steps();
        standards = catalog.standards();
    }

    public void editTouchpoint(ServiceCatalog.TouchpointView view) {
        touchpoint.id = view.id();
        touchpoint.version = view.version();
        touchpoint.code = view.code();
        touchpoint.name = view.name();
        touchpoint.channel = view.channel();
        touchpoint.position = view.position();
        touchpoint.active = view.active();
    }

    public void saveTouchpoint() {
        try {
            var saved = catalog.saveTouchpoint(
                    touchpoint.id,
                    touchpoint.version,
                    touchpoint.code,
                    touchpoint.name,
                    touchpoint.channel,
                    touchpoint.position,
                    touchpoint.active);
            messages.info("catalog.saved", saved.name());
            editTouchpoint(saved);
            load();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void newTouchpoint() {
        editTouchpoint(new ServiceCatalog.TouchpointView(0, 0, null, null, null, 10, true));
        touchpoint.id = null;
    }

    public void editStep(ServiceCatalog.StepView view) {
        step.id = view.id();
        step.version = view.version();
        step.touchpoint = view.touchpoint();
        step.order = view.order();
        step.name = view.name();
        step.critical = view.critical();
    }

    public void saveStep() {
        try {
            var saved = catalog.saveStep(step.id, step.version, step.touchpoint, step.order, step.name, step.critical);
            messages.info("catalog.saved", saved.name());
            editStep(saved);
            load();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void newStep() {
        editStep(new ServiceCatalog.StepView(0, 0, null, 1, null, false));
        step.id = null;
    }

    public void editStandard(ServiceCatalog.StandardView view) {
        standard.id = view.id();
        standard.version = view.version();
        standard.code = view.code();
        standard.name = view.name();
        standard.stepId = view.stepId();
        standard.atMost = view.atMost();
        standard.target = view.target();
        standard.unit = view.unit();
        standard.active = view.active();
    }

    public void saveStandard() {
        try {
            var saved = catalog.saveStandard(
                    standard.id,
                    standard.version,
                    standard.code,
                    standard.name,
                    standard.stepId,
                    standard.atMost,
                    standard.target,
                    standard.unit,
                    standard.active);
            messages.info("catalog.saved", saved.name());
            editStandard(saved);
            load();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void newStandard() {
        editStandard(new ServiceCatalog.StandardView(
                0, 0, null, null, 0, null, null, true, null, ServiceStandard.Unit.MINUTES, true));
        standard.id = null;
        standard.stepId = null;
    }

    public List<ServiceCatalog.TouchpointView> getTouchpoints() {
        return touchpoints;
    }

    public List<ServiceCatalog.StepView> getSteps() {
        return steps;
    }

    public List<ServiceCatalog.StandardView> getStandards() {
        return standards;
    }

    public TouchpointForm getTouchpoint() {
        return touchpoint;
    }

    public StepForm getStep() {
        return step;
    }

    public StandardForm getStandard() {
        return standard;
    }

    public List<Channel> getChannels() {
        return List.of(Channel.values());
    }

    public List<ServiceStandard.Unit> getUnits() {
        return List.of(ServiceStandard.Unit.values());
    }
}
