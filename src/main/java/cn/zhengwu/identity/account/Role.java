package cn.zhengwu.identity.account;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import cn.zhengwu.core.DataScope;
import cn.zhengwu.core.Permission;
import cn.zhengwu.identity.AdministratorKind;
import cn.zhengwu.identity.RoleSummary;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** 角色 — a named set of permissions, each granted with a data scope. */
@Entity
@Table(name = "identity_role")
public class Role {

    @Id
    private String code = "";
    private @Nullable String name;
    @Enumerated(EnumType.STRING)
    private @Nullable AdministratorKind administratorKind;
    private boolean builtIn;
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "identity_role_grant", joinColumns = @JoinColumn(name = "role_code"))
    @MapKeyColumn(name = "permission")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "scope")
    @Enumerated(EnumType.STRING)
    private Map<Permission, DataScope> grants = new HashMap<>();

    protected Role() {
    }

    public Role(String code, String name, Map<Permission, DataScope> grants) {
        this.code = code;
        this.name = name;
        this.grants = new HashMap<>(grants);
    }

    public void regrant(Map<Permission, DataScope> newGrants) {
        grants.clear();
        grants.putAll(newGrants);
    }

    public String code() {
        return code;
    }

    public boolean builtIn() {
        return builtIn;
    }

    public @Nullable AdministratorKind administratorKind() {
        return administratorKind;
    }

    public Map<Permission, DataScope> grants() {
        return grants.isEmpty() ? Map.of() : new EnumMap<>(grants);
    }

    public RoleSummary summary() {
        return new RoleSummary(code, name, administratorKind, builtIn, grants());
    }
}
