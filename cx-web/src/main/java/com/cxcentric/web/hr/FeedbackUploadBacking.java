package com.cxcentric.web.hr;

import com.cxcentric.outcomes.boundary.FeedbackUploads;
import com.cxcentric.outcomes.control.FeedbackCsv;
import com.cxcentric.outcomes.entity.FeedbackCsvField;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * /hr/feedback-upload.xhtml: upload a CSV file of survey responses, map its columns (the source's
 * saved mapping, or columns recognised by header or question text), skip the descriptive rows
 * survey platforms put under the header (recognised on reading), map the source's own touchpoint
 * values, preview the first records, then ingest and show every refused and every repeated row.
 */
@Named
@ViewScoped
public class FeedbackUploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackUploads uploads;

    @Inject
    private FacesMessages messages;

    private String source = "survey";
    private transient UploadedFile upload;
    private String fileName;
    private byte[] file;
    private int extraHeaderRows;
    private final Map<FeedbackCsvField, String> mapping = new EnumMap<>(FeedbackCsvField.class);
    private final Map<String, String> touchpointValues = new HashMap<>();
    private List<FeedbackUploads.TouchpointChoice> touchpoints;
    private FeedbackUploads.Preview preview;
    private FeedbackUploads.Receipt receipt;

    /** Reads the chosen file with the source's saved mapping, or the headers it recognises. */
    public void read() {
        if (upload == null || upload.getSize() == 0) {
            messages.error("feedbackUpload.noFile");
            return;
        }
        file = upload.getContent();
        fileName = upload.getFileName();
        receipt = null;
        try {
            FeedbackUploads.Mapping initial = uploads.initialMapping(source, file);
            mapping.clear();
            mapping.putAll(initial.columns());
            extraHeaderRows = initial.extraHeaderRows();
            touchpointValues.clear();
            touchpointValues.putAll(initial.touchpointValues());
            preview = uploads.preview(file, current());
        } catch (BusinessException refused) {
            preview = null;
            file = null;
            messages.error(refused);
        }
    }

    /** Previews again with the mapping and header rows as now chosen. */
    public void remap() {
        if (file == null) {
            return;
        }
        try {
            preview = uploads.preview(file, current());
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** Ingests the whole file and saves the mapping for the source. */
    public void importFile() {
        if (file == null) {
            messages.error("feedbackUpload.noFile");
            return;
        }
        try {
            receipt = uploads.upload(source, file, current());
            messages.info(
                    "feedbackUpload.done",
                    receipt.rows(),
                    receipt.accepted(),
                    receipt.rejected().size());
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    private FeedbackUploads.Mapping current() {
        Map<FeedbackCsvField, String> chosen = new EnumMap<>(FeedbackCsvField.class);
        mapping.forEach((field, header) -> {
            if (header != null && !header.isBlank()) {
                chosen.put(field, header);
            }
        });
        Map<String, String> values = new HashMap<>();
        touchpointValues.forEach((value, code) -> {
            if (code != null && !code.isBlank()) {
                values.put(value, code);
            }
        });
        return new FeedbackUploads.Mapping(chosen, extraHeaderRows, values);
    }

    public List<FeedbackCsvField> getFields() {
        return Arrays.asList(FeedbackCsvField.values());
    }

    /** A sample record's property as text: a list joined by commas, an absent one empty. */
    public String cell(FeedbackCsv.Line line, FeedbackCsvField field) {
        var value = line.record().get(field.property());
        if (value == null) {
            return "";
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonArray list) {
            return String.join(", ", list.getValuesAs(JsonString::getString));
        }
        return value.toString();
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source == null ? null : source.strip();
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

    public int getExtraHeaderRows() {
        return extraHeaderRows;
    }

    public void setExtraHeaderRows(int extraHeaderRows) {
        this.extraHeaderRows = extraHeaderRows;
    }

    public Map<FeedbackCsvField, String> getMapping() {
        return mapping;
    }

    /** The source's own touchpoint values (as written in the file) to touchpoint codes, as chosen. */
    public Map<String, String> getTouchpointValues() {
        return touchpointValues;
    }

    /** The active touchpoints, by name, to map a value to. */
    public List<FeedbackUploads.TouchpointChoice> getTouchpoints() {
        if (touchpoints == null) {
            touchpoints = uploads.touchpoints();
        }
        return touchpoints;
    }

    public FeedbackUploads.Preview getPreview() {
        return preview;
    }

    public FeedbackUploads.Receipt getReceipt() {
        return receipt;
    }
}
