package org.jixiao.rounds;

import java.time.LocalDate;

/** The columns every kind of round has, as the shared lifecycle reads them. */
public record RoundHeader(Long id, Long financeOrgId, int fiscalYear, LocalDate dueDate, boolean allDepartments,
                          String status, int total, int createdCount) {
}
