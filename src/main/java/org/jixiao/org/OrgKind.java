package org.jixiao.org;

/** 财政局 → 主管部门 → 预算单位; 科室 (a finance desk: 业务科室 or 绩效科) sits under the bureau and acts for it. */
public enum OrgKind { FINANCE, DEPARTMENT, UNIT, DESK }
