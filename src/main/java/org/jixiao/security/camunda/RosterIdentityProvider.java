package org.jixiao.security.camunda;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.jixiao.org.PeopleDirectory;

/**
 * The engine's identity service, read-only, over our users, roles and org tree (issue 11 §4). Opened once per
 * engine command; what it reads is kept for that command only, so a change in Jixiao shows at the next one.
 * Because it is read-only, {@code IdentityService.isReadOnly()} is true and the webapps never offer their
 * "create the first admin" Setup page, nor Admin's user/group editing.
 */
class RosterIdentityProvider implements ReadOnlyIdentityProvider {
    private final PeopleDirectory directory;
    private List<EngineIdentities.Member> members;
    private List<Group> groups;

    RosterIdentityProvider(PeopleDirectory directory) {
        this.directory = directory;
    }

    static RosterIdentityProvider of(CommandContext context) {
        return (RosterIdentityProvider) context.getReadOnlyIdentityProvider();
    }

    List<EngineIdentities.Member> members() {
        if (members == null) {
            members = EngineIdentities.members(directory.roster());
        }
        return members;
    }

    List<Group> groups() {
        if (groups == null) {
            groups = EngineIdentities.groups(directory.candidateGroups());
        }
        return groups;
    }

    /** The groups of one active user (none when unknown or deactivated), without reading everyone. */
    Set<String> groupIdsOf(String userId) {
        return directory.person(userId).map(p -> EngineIdentities.member(p).groupIds()).orElse(Set.of());
    }

    @Override
    public User findUserById(String userId) {
        return directory.person(userId).map(p -> EngineIdentities.member(p).user()).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new RosterUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new RosterUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: users live in Jixiao's tables");
    }

    /**
     * Always false. People sign in through Jixiao (form, Basic, tokens, LDAP/OIDC) where lockout and throttling
     * apply; a second password check through the engine (its REST Basic provider or the webapps' own login form)
     * would sidestep both, so the engine accepts no password at all.
     */
    @Override
    public boolean checkPassword(String userId, String password) {
        return false;
    }

    @Override
    public Group findGroupById(String groupId) {
        return groups().stream().filter(g -> g.getId().equals(groupId)).findFirst().orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new RosterGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new RosterGroupQuery();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
        // read-only: nothing to write
    }

    @Override
    public void close() {
        // holds no resources of its own; the reads ran in the engine's transaction
    }
}
