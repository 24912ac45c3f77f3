package com.cxcentric.web.hr;

import com.cxcentric.organization.boundary.EmployeeImports;
import com.cxcentric.organization.control.ImportPlan;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.EmployeeField;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.segmentation.boundary.Segments;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /hr/employee-edit.xhtml?number=…: HR edits one person's record. The edit goes through the import's
 * rules as a one-record import, so it is validated, recorded and followed by a segment recompute
 * like any import; a refused field is shown with its reason and nothing is written.
 */
@Named
@ViewScoped
public class EmployeeEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EmployeeImports imports;

    @Inject
    private Segments segments;

    @Inject
    private FacesMessages messages;

    private String number;
    private long version;
    private final Map<String, String> values = new HashMap<>();
    private List<Segments.PersonRef> units;

    public void load() throws IOException {
        try {
            var editable = imports.editable(number);
            version = editable.version();
            editable.values().forEach((field, value) -> values.put(field.name(), value));
        } catch (ResourceNotFoundException missing) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No employee " + number);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void save() throws IOException {
        try {
            Map<EmployeeField, String> edited = new EnumMap<>(EmployeeField.class);
            values.forEach((field, value) -> edited.put(EmployeeField.valueOf(field), value));
            var receipt = imports.editEmployee(number, version, edited);
            if (!receipt.rejections().isEmpty()) {
                for (ImportPlan.Rejection refused : receipt.rejections()) {
                    messages.error(
                            "employeeEdit.refused",
                            refused.field() == null ? "" : messages.text("EmployeeField." + refused.field()),
                            messages.text(
                                    refused.reasonKey(), refused.arguments().toArray()));
                }
                return;
            }
            messages.info("employeeEdit.saved", values.get("FIRST_NAME") + " " + values.get("LAST_NAME"));
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/hr/employee.xhtml?number="
                    + URLEncoder.encode(number, StandardCharsets.UTF_8));
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** The form's fields by their {@link EmployeeField} name, for EL: {@code #{bean.values['JOB_TITLE']}}. */
    public Map<String, String> getValues() {
        return values;
    }

    public List<Segments.PersonRef> getUnits() {
        if (units == null) {
            units = segments.units();
        }
        return units;
    }

    public List<ContactLevel> getContactLevels() {
        return List.of(ContactLevel.values());
    }

    public List<EmploymentStatus> getStatuses() {
        return List.of(EmploymentStatus.values());
    }

    public List<String> getLanguages() {
        return List.of("en", "nl", "id");
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
