package com.cxcentric.web.hr;

import com.cxcentric.segmentation.boundary.Segments;
import com.cxcentric.segmentation.control.SegmentMembershipStore;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /hr/segments.xhtml: the active segments with their size and needs, and "recompute now". */
@Named
@ViewScoped
public class SegmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Segments segments;

    @Inject
    private FacesMessages messages;

    private List<Segments.SegmentSummary> list;

    public List<Segments.SegmentSummary> getSegments() {
        if (list == null) {
            list = segments.list();
        }
        return list;
    }

    public void recompute() {
        List<SegmentMembershipStore.Change> changes = segments.recomputeAll();
        list = null;
        messages.info(
                "segments.recomputed",
                changes.size(),
                changes.stream().mapToInt(SegmentMembershipStore.Change::joined).sum(),
                changes.stream().mapToInt(SegmentMembershipStore.Change::left).sum());
    }
}
