package org.jixiao.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The suite shares one database, and the round dashboards list every department of the bureau: a test that adds org
 * nodes (the admin API, the import) takes them away again by SQL afterwards, with their users, as the product itself
 * never deletes a node.
 */
public final class AddedOrgNodes {
    private final JdbcTemplate jdbc;
    private final long lastBefore;

    private AddedOrgNodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.lastBefore = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM org_node", Long.class);
    }

    /** Call before the test; {@link #remove()} after it. */
    public static AddedOrgNodes from(JdbcTemplate jdbc) {
        return new AddedOrgNodes(jdbc);
    }

    public void remove() {
        String added = "SELECT id FROM org_node WHERE id > " + lastBefore;
        String users = "SELECT id FROM app_user WHERE org_id IN (" + added + ")";
        // what the product recorded for those users (notifications, mail settings, 抄送) goes with them
        jdbc.update("DELETE FROM notification WHERE recipient_id IN (" + users + ")");
        jdbc.update("DELETE FROM notification_setting WHERE user_id IN (" + users + ")");
        jdbc.update("DELETE FROM task_cc WHERE recipient_id IN (" + users + ")");
        jdbc.update("DELETE FROM app_user_role WHERE user_id IN (" + users + ")");
        jdbc.update("DELETE FROM personal_token WHERE user_id IN (" + users + ")");
        jdbc.update("DELETE FROM app_user WHERE org_id IN (" + added + ")");
        jdbc.update("UPDATE org_node SET in_charge_desk_id = NULL WHERE in_charge_desk_id > ?", lastBefore);
        for (Long id : jdbc.queryForList(added + " ORDER BY id DESC", Long.class)) {
            jdbc.update("UPDATE org_node SET parent_id = NULL WHERE parent_id = ?", id);
            jdbc.update("DELETE FROM org_node WHERE id = ?", id);
        }
    }
}
