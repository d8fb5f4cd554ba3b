package org.jixiao.approval;

import java.util.List;
import org.jixiao.approval.process.OpenTaskInventory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the processes are deployed: when the inbox read model does not hold as many open tasks as the
 * engine (the first start after V25, a restored database), rebuild what differs. Equal counts cost two queries.
 */
@Component
@Order(1)
class InboxReconciler implements ApplicationRunner {
    private final OpenTaskInventory inventory;
    private final InboxRows rows;

    InboxReconciler(OpenTaskInventory inventory, InboxRows rows) {
        this.inventory = inventory;
        this.rows = rows;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> keys = rows.processKeys();
        if (inventory.openTaskCount(keys) != rows.openCount()) {
            rows.reconcile(inventory.openTasksForInbox(keys));
        }
    }
}
