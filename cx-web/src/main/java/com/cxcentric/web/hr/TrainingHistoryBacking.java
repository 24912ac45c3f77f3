package com.cxcentric.web.hr;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.training.boundary.TrainingHistory;
import com.cxcentric.training.boundary.TrainingHistory.ImportSummary;
import com.cxcentric.training.boundary.TrainingHistory.Outcome;
import com.cxcentric.training.boundary.TrainingHistory.RefusedRow;
import com.cxcentric.web.FacesMessages;
import com.cxcentric.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/**
 * /hr/training-history.xhtml: HR uploads the export of past completions from the learning system
 * the company used before, sees what importing would do (new, already imported, not passed, every
 * refused row with its row number, field and reason), imports it, and sees every import so far.
 */
@Named
@ViewScoped
public class TrainingHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingHistory history;

    @Inject
    private FacesMessages messages;

    private String source;
    private transient UploadedFile upload;
    private String fileName;
    private byte[] file;
    private Outcome preview;
    private Outcome receipt;
    private final PagedModel<ImportSummary> imports =
            new PagedModel<>(page -> history.imports(page), ImportSummary::id);

    /** Reads the chosen file and shows what importing it would do; nothing is written. */
    public void read() {
        receipt = null;
        if (upload == null || upload.getSize() == 0) {
            messages.error("history.noFile");
            return;
        }
        file = upload.getContent();
        fileName = upload.getFileName();
        try {
            preview = history.preview(source, fileName, file);
        } catch (BusinessException refused) {
            preview = null;
            file = null;
            messages.error(refused);
        }
    }

    /** Imports the file previewed. */
    public void importFile() {
        if (file == null) {
            return;
        }
        try {
            receipt = history.importFile(source, fileName, file);
            preview = null;
            file = null;
            messages.info(
                    "history.imported",
                    receipt.created(),
                    receipt.unchanged(),
                    receipt.refused().size());
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** A refusal's reason in the reader's language. */
    public String reason(RefusedRow row) {
        return messages.text(row.reasonKey(), row.arguments().toArray());
    }

    public Outcome getShown() {
        return receipt != null ? receipt : preview;
    }

    public boolean isPreviewing() {
        return receipt == null && preview != null;
    }

    public PagedModel<ImportSummary> getImports() {
        return imports;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public String getFileName() {
        return fileName;
    }
}
