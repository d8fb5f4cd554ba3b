package org.jixiao.approval;

/** 送审 / 审核通过 / 退回 / 撤回. */
public enum ReviewAction { SUBMIT, APPROVE, RETURN, WITHDRAW }
