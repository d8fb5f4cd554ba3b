package org.jixiao.org;

import org.jixiao.org.internal.OrgMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * New nodes of the organisation tree, for the modules that make them: the admin's screens and first-start bureau,
 * the demo's organisation. Reads go through {@link OrgDirectory}; the admin's checked changes to existing nodes
 * (rename, move, deactivate, conditional on the version) stay in the admin feature's own mapper.
 */
@Service
public class OrgNodes {
    private final OrgMapper orgs;

    OrgNodes(OrgMapper orgs) {
        this.orgs = orgs;
    }

    /** True on a database without any node yet (the demo then loads its organisation). */
    public boolean none() {
        return orgs.count() == 0;
    }

    /**
     * Inserts the node (version 0); its id is set afterwards. Joins the caller's transaction, which holds the
     * caller's checks and audit entry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(OrgNode node) {
        orgs.insert(node);
    }
}
