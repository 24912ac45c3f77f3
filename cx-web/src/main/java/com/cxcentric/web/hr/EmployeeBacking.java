package com.cxcentric.web.hr;

import com.cxcentric.organization.boundary.Directory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** /hr/employee.xhtml?number=…: one employee as HR sees them; an unknown number answers 404. */
@Named
@RequestScoped
public class EmployeeBacking {

    @Inject
    private Directory directory;

    private String number;
    private Directory.EmployeeDetail detail;

    public void load() throws IOException {
        detail = number == null ? null : directory.employeeDetail(number).orElse(null);
        if (detail == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No employee " + number);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Directory.EmployeeDetail getDetail() {
        return detail;
    }
}
