package org.jixiao.targets;

/** PROJECT: 项目支出绩效目标; DEPARTMENT: 部门（单位）整体支出绩效目标. */
public enum TargetKind { PROJECT, DEPARTMENT }
