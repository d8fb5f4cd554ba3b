package org.jixiao.security.camunda;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** The engine's user query over our roster: by id, ids, names, e-mail, group, with count, order and paging. */
class RosterUserQuery extends UserQueryImpl {

    RosterUserQuery() {
    }

    RosterUserQuery(CommandExecutor executor) {
        super(executor);
    }

    @Override
    public long executeCount(CommandContext context) {
        return matching(context).size();
    }

    @Override
    public List<User> executeList(CommandContext context, Page page) {
        return EngineIdentities.orderAndPage(matching(context), getOrderingProperties(), column -> switch (column) {
            case "ID_" -> User::getId;
            case "FIRST_" -> User::getFirstName;
            case "LAST_" -> User::getLastName;
            case "EMAIL_" -> User::getEmail;
            default -> null;
        }, page, getFirstResult(), getMaxResults());
    }

    private List<User> matching(CommandContext context) {
        // no tenants, and process-start permissions are not kept in the engine: such filters match nobody
        if (tenantId != null || procDefId != null) {
            return List.of();
        }
        return RosterIdentityProvider.of(context).members().stream()
                .filter(m -> groupId == null || m.groupIds().contains(groupId))
                .map(EngineIdentities.Member::user)
                .filter(u -> EngineIdentities.equalOrUnset(id, u.getId()) && EngineIdentities.inOrUnset(ids, u.getId())
                        && EngineIdentities.equalOrUnset(firstName, u.getFirstName())
                        && EngineIdentities.like(firstNameLike, u.getFirstName())
                        && EngineIdentities.equalOrUnset(lastName, u.getLastName())
                        && EngineIdentities.like(lastNameLike, u.getLastName())
                        && EngineIdentities.equalOrUnset(email, u.getEmail())
                        && EngineIdentities.like(emailLike, u.getEmail()))
                .toList();
    }
}
