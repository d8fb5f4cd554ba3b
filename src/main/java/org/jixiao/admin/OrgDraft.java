package org.jixiao.admin;

/**
 * What an admin (or an import row) says a node should be. {@code unitType} is text as typed (行政, 事业单位 or the
 * enum name) so an unknown value becomes a 422 on the field rather than a JSON error.
 */
public record OrgDraft(Long parentId, String code, String name, String unitType, Long inChargeDeskId) {
}
