package org.jixiao.approval;

/**
 * A choice of the inbox's filter bar: a round ({@code type} its subject type, {@code fiscalYear}, {@code periodMonth} the
 * cut-off of a monitoring round) or an org node ({@code type} its kind, {@code name}).
 */
public class InboxChoice {
    private Long id;
    private String type;
    private String name;
    private Integer fiscalYear;
    private Integer periodMonth;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(Integer fiscalYear) { this.fiscalYear = fiscalYear; }
    public Integer getPeriodMonth() { return periodMonth; }
    public void setPeriodMonth(Integer periodMonth) { this.periodMonth = periodMonth; }
}
