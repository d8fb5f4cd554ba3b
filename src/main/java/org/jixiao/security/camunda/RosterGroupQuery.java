package org.jixiao.security.camunda;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** The engine's group query over our candidate groups and camunda-admin: by id, ids, name, type, member. */
class RosterGroupQuery extends GroupQueryImpl {

    RosterGroupQuery() {
    }

    RosterGroupQuery(CommandExecutor executor) {
        super(executor);
    }

    @Override
    public long executeCount(CommandContext context) {
        return matching(context).size();
    }

    @Override
    public List<Group> executeList(CommandContext context, Page page) {
        return EngineIdentities.orderAndPage(matching(context), getOrderingProperties(), column -> switch (column) {
            case "ID_" -> Group::getId;
            case "NAME_" -> Group::getName;
            case "TYPE_" -> Group::getType;
            default -> null;
        }, page, getFirstResult(), getMaxResults());
    }

    private List<Group> matching(CommandContext context) {
        if (tenantId != null || procDefId != null) {
            return List.of();
        }
        RosterIdentityProvider identities = RosterIdentityProvider.of(context);
        Set<String> memberOf = userId == null ? null : identities.groupIdsOf(userId);
        return identities.groups().stream()
                .filter(g -> memberOf == null || memberOf.contains(g.getId()))
                .filter(g -> EngineIdentities.equalOrUnset(id, g.getId()) && EngineIdentities.inOrUnset(ids, g.getId())
                        && EngineIdentities.equalOrUnset(name, g.getName())
                        && EngineIdentities.like(nameLike, g.getName())
                        && EngineIdentities.equalOrUnset(type, g.getType()))
                .toList();
    }
}
