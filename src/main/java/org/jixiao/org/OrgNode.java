package org.jixiao.org;

/** One node of the organisation tree. Units carry a code (e.g. 450001). */
public class OrgNode {
    private Long id;
    private Long parentId;
    private OrgKind kind;
    private String code;
    private String name;
    private UnitType unitType;
    private boolean active = true;
    private int version;
    /** For a department: the finance desk (业务科室) in charge of it. */
    private Long inChargeDeskId;

    public OrgNode() {
    }

    public OrgNode(Long parentId, OrgKind kind, String code, String name) {
        this.parentId = parentId;
        this.kind = kind;
        this.code = code;
        this.name = name;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public OrgKind getKind() { return kind; }
    public void setKind(OrgKind kind) { this.kind = kind; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public UnitType getUnitType() { return unitType; }
    public void setUnitType(UnitType unitType) { this.unitType = unitType; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public Long getInChargeDeskId() { return inChargeDeskId; }
    public void setInChargeDeskId(Long inChargeDeskId) { this.inChargeDeskId = inChargeDeskId; }
}
