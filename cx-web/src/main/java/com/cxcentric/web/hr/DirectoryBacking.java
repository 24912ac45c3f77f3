package com.cxcentric.web.hr;

import com.cxcentric.organization.boundary.Directory;
import com.cxcentric.organization.boundary.PersonCard;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.platform.PageRequest;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * /hr/directory.xhtml: every employee, searched, sorted and paged by the database (never loaded
 * whole into the view).
 */
@Named
@ViewScoped
public class DirectoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Directory directory;

    private String query;
    private ContactLevel contactLevel;
    private final People people = new People();

    public LazyDataModel<PersonCard> getPeople() {
        return people;
    }

    public List<ContactLevel> getContactLevels() {
        return List.of(ContactLevel.values());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public ContactLevel getContactLevel() {
        return contactLevel;
    }

    public void setContactLevel(ContactLevel contactLevel) {
        this.contactLevel = contactLevel;
    }

    /** The download of what the table shows now: the same search and contact level, every page. */
    public String exportLink(String format) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        StringBuilder link = new StringBuilder(external.getRequestContextPath())
                .append("/api/v1/employees/export?format=")
                .append(format);
        if (query != null && !query.isBlank()) {
            link.append("&q=").append(URLEncoder.encode(query.strip(), StandardCharsets.UTF_8));
        }
        if (contactLevel != null) {
            link.append("&contactLevel=").append(contactLevel.name());
        }
        return link.toString();
    }

    /** The lazy model: each page is one query for the rows and one for the count. */
    private class People extends LazyDataModel<PersonCard> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory
                    .searchEmployees(query, contactLevel, Directory.SortKey.NAME, true, new PageRequest(0, 1))
                    .total();
        }

        @Override
        public List<PersonCard> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Directory.SortKey key = Directory.SortKey.NAME;
            boolean ascending = true;
            for (SortMeta sort : sortBy.values()) {
                key = switch (sort.getField()) {
                    case "number" -> Directory.SortKey.NUMBER;
                    case "unit" -> Directory.SortKey.UNIT;
                    case "jobTitle" -> Directory.SortKey.JOB_TITLE;
                    case "contactLevel" -> Directory.SortKey.CONTACT_LEVEL;
                    case "hireDate" -> Directory.SortKey.HIRE_DATE;
                    default -> Directory.SortKey.NAME;};
                ascending = sort.getOrder() != SortOrder.DESCENDING;
            }
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            var page =
                    directory.searchEmployees(query, contactLevel, key, ascending, new PageRequest(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(PersonCard person) {
            return person.employeeNumber();
        }

        @Override
        public PersonCard getRowData(String rowKey) {
            return directory.findEmployee(rowKey).orElse(null);
        }
    }
}
