package com.cxcentric.web.hr;

import com.cxcentric.organization.boundary.EmployeeImports;
import com.cxcentric.organization.control.ImportPlan;
import com.cxcentric.organization.entity.EmployeeField;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.imports.ImportProgress;
import com.cxcentric.platform.imports.ImportTable;
import com.cxcentric.web.FacesMessages;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * /hr/import.xhtml: upload a CSV file, map its columns, preview what the import would do with the
 * reason of every refused row, then import it in the background while the page shows progress.
 * The imports made so far are listed with their rejected rows for download.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportBacking.class.getName());

    @Inject
    private EmployeeImports imports;

    @Inject
    private FacesMessages messages;

    private String source = "hr-system";
    private boolean fullImport;
    private boolean createUnits;
    private transient UploadedFile upload;
    private String fileName;
    private byte[] file;
    private final Map<EmployeeField, String> mapping = new EnumMap<>(EmployeeField.class);
    private EmployeeImports.Preview preview;
    private final Progress progress = new Progress();
    private transient Future<EmployeeImports.Receipt> running;
    private EmployeeImports.Receipt receipt;
    private final History history = new History();

    /** Shared with the import running in the background: how far it has got. */
    static final class Progress implements ImportProgress, Serializable {

        private static final long serialVersionUID = 1L;
        private volatile int done;
        private volatile int total;

        @Override
        public void advanced(int done, int total) {
            this.done = done;
            this.total = total;
        }

        int percent() {
            return total == 0 ? 0 : (int) Math.min(100, 100L * done / total);
        }
    }

    /** Reads the uploaded file and previews it with the source's saved mapping (or headers recognised by name). */
    public void upload() {
        if (upload == null || upload.getSize() == 0) {
            messages.error("import.file.required");
            return;
        }
        file = upload.getContent();
        fileName = upload.getFileName();
        receipt = null;
        mapping.clear();
        runPreview(null);
    }

    /** Previews again with the mapping as HR set it. */
    public void remap() {
        runPreview(new EnumMap<>(mapping));
    }

    private void runPreview(Map<EmployeeField, String> chosen) {
        preview = null;
        try {
            preview = imports.preview(source, file, withoutBlanks(chosen), options());
            mapping.clear();
            mapping.putAll(preview.columns());
        } catch (BusinessException refused) {
            messages.error(refused);
        } catch (EJBException e) {
            fail(e);
        }
    }

    private static Map<EmployeeField, String> withoutBlanks(Map<EmployeeField, String> chosen) {
        if (chosen == null) {
            return null;
        }
        Map<EmployeeField, String> mapped = new EnumMap<>(EmployeeField.class);
        chosen.forEach((field, header) -> {
            if (header != null && !header.isBlank()) {
                mapped.put(field, header);
            }
        });
        return mapped;
    }

    /** Starts the import in the background; the page polls {@link #poll()} until it is done. */
    public void start() {
        if (preview == null || file == null) {
            messages.error("import.file.required");
            return;
        }
        progress.advanced(0, preview.rows());
        running = imports.importFileInBackground(source, fileName, file, withoutBlanks(mapping), options(), progress);
    }

    /** Called by the page's poll while an import runs. */
    public void poll() {
        if (running == null || !running.isDone()) {
            return;
        }
        try {
            receipt = running.get();
            preview = null;
            file = null;
            messages.info("import.done", receipt.created(), receipt.updated(), receipt.unchanged(), receipt.rejected());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof EJBException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof BusinessException refused) {
                messages.error(refused);
            } else {
                fail(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running = null;
        }
    }

    private void fail(Exception e) {
        LOG.log(Level.SEVERE, "Employee import failed", e);
        messages.error("import.failed");
    }

    public boolean isRunning() {
        return running != null;
    }

    public int getPercent() {
        return progress.percent();
    }

    public String getProgressText() {
        return messages.text("import.progress", progress.done, progress.total);
    }

    public void startOver() {
        preview = null;
        file = null;
        receipt = null;
        mapping.clear();
    }

    private ImportPlan.Options options() {
        return new ImportPlan.Options(fullImport, createUnits);
    }

    /** A refused row's reason in the user's language, falling back to the English one stored. */
    public String reason(String key, List<String> arguments, String english) {
        try {
            return messages.text(key, arguments.toArray());
        } catch (MissingResourceException e) {
            return english;
        }
    }

    public String reasonOf(ImportPlan.Rejection rejection) {
        return reason(rejection.reasonKey(), rejection.arguments(), rejection.reason());
    }

    /** The rejected rows of an import as a CSV download. */
    public StreamedContent rejectedRows(long importId) {
        byte[] csv = imports.rejectedRowsCsv(importId).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("import-" + importId + "-rejected.csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public List<EmployeeField> getFields() {
        return List.of(EmployeeField.values());
    }

    public List<ImportTable.Row> getSample() {
        return preview == null ? List.of() : preview.sample();
    }

    /** The header columns of the previewed file, for the sample table. */
    public List<Integer> getColumnIndexes() {
        List<Integer> indexes = new ArrayList<>();
        if (preview != null) {
            for (int i = 0; i < preview.headers().size(); i++) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /** Saved sources containing what was typed, for the source field's suggestions. */
    public List<String> completeSource(String query) {
        String typed = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return imports.sources().stream()
                .filter(s -> s.toLowerCase(Locale.ROOT).contains(typed))
                .toList();
    }

    public LazyDataModel<EmployeeImports.ImportSummary> getHistory() {
        return history;
    }

    public Map<EmployeeField, String> getMapping() {
        return mapping;
    }

    public EmployeeImports.Preview getPreview() {
        return preview;
    }

    public EmployeeImports.Receipt getReceipt() {
        return receipt;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public boolean isFullImport() {
        return fullImport;
    }

    public void setFullImport(boolean fullImport) {
        this.fullImport = fullImport;
    }

    public boolean isCreateUnits() {
        return createUnits;
    }

    public void setCreateUnits(boolean createUnits) {
        this.createUnits = createUnits;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    /** Imports so far, newest first, paged by the database. */
    private class History extends LazyDataModel<EmployeeImports.ImportSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) imports.history(new PageRequest(0, 1)).total();
        }

        @Override
        public List<EmployeeImports.ImportSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
            var page = imports.history(new PageRequest(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(EmployeeImports.ImportSummary row) {
            return String.valueOf(row.id());
        }

        @Override
        public EmployeeImports.ImportSummary getRowData(String rowKey) {
            return imports.find(Long.parseLong(rowKey)).orElse(null);
        }
    }
}
