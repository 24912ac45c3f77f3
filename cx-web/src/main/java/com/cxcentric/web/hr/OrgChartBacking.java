package com.cxcentric.web.hr;

import com.cxcentric.organization.boundary.Directory;
import com.cxcentric.organization.entity.OrgUnitType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * /hr/org-chart.xhtml: the unit hierarchy as a tree table, each unit with its lead and headcount;
 * open down to the departments, teams on demand.
 */
@Named
@ViewScoped
public class OrgChartBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Directory directory;

    private TreeNode<Directory.ChartUnit> root;
    private Long unplaced;

    /** Current people in no unit, shown beside the tree so that its counts add up to the headcount. */
    public long getUnplaced() {
        if (unplaced == null) {
            unplaced = directory.unplacedHeadcount();
        }
        return unplaced;
    }

    public TreeNode<Directory.ChartUnit> getRoot() {
        if (root == null) {
            root = new DefaultTreeNode<>(null, null);
            Map<Long, TreeNode<Directory.ChartUnit>> nodes = new HashMap<>();
            for (Directory.ChartUnit unit : directory.orgChart()) {
                TreeNode<Directory.ChartUnit> parent =
                        unit.parentId() == null ? root : nodes.getOrDefault(unit.parentId(), root);
                TreeNode<Directory.ChartUnit> node = new DefaultTreeNode<>(unit, parent);
                node.setExpanded(unit.type() == OrgUnitType.COMPANY || unit.type() == OrgUnitType.DIVISION);
                nodes.put(unit.id(), node);
            }
        }
        return root;
    }
}
