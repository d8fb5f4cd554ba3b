package org.jixiao.approval.internal;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.approval.InboxSource;
import org.jixiao.approval.ReviewSubjects;

/**
 * What the inbox joins from the subjects' own tables for a page: one LEFT JOIN per kind (matching only rows of its
 * kind) and the status and light expressions over them. Built from the features' {@link InboxSource} constants.
 */
public record LiveColumns(String joins, String status, String light) {

    public static LiveColumns of(List<ReviewSubjects> kinds) {
        StringBuilder joins = new StringBuilder();
        List<String> status = new ArrayList<>();
        List<String> light = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            InboxSource source = kinds.get(i).inboxSource();
            String alias = "l" + i;
            joins.append(" LEFT JOIN ").append(source.liveTable()).append(' ').append(alias)
                    .append(" ON rt.subject_type = '").append(kinds.get(i).subjectType()).append("' AND ")
                    .append(alias).append(".id = rt.subject_id");
            status.add(alias + "." + source.statusColumn());
            if (source.lightColumn() != null) {
                light.add(alias + "." + source.lightColumn());
            }
        }
        return new LiveColumns(joins.toString(), coalesce(status), coalesce(light));
    }

    private static String coalesce(List<String> expressions) {
        if (expressions.isEmpty()) {
            return "NULL";
        }
        return expressions.size() == 1 ? expressions.get(0) : "COALESCE(" + String.join(", ", expressions) + ")";
    }
}
