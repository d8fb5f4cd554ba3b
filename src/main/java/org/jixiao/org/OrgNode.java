package org.jixiao.org;

/** One node of the organisation tree. Units carry a code (e.g. 450001). */
public class OrgNode {
    private Long id;
    private Long parentId;
    private OrgKind kind;
    private String code;
    private String name;

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
}
