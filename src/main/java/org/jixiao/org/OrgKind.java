package org.jixiao.org;

/** 财政局 → 主管部门 → 预算单位. */
public enum OrgKind { FINANCE, DEPARTMENT, UNIT }
