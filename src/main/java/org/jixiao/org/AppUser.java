package org.jixiao.org;

import java.util.EnumSet;
import java.util.Set;

/** A person who signs in; belongs to exactly one org node. */
public class AppUser {
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    private Long orgId;
    private boolean enabled = true;
    /** Set when an admin created the account or reset its password: the owner must choose a new one first. */
    private boolean mustChangePassword;
    private int version;
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Long getOrgId() { return orgId; }
    public void setOrgId(Long orgId) { this.orgId = orgId; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public void setMustChangePassword(boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
}
