package org.jixiao.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jixiao.org.internal.OrgMapper;
import org.jixiao.org.internal.RosterMapper;
import org.jixiao.org.internal.UserMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people and candidate groups as other parts of the system may read them (issue 11 §4: the engine's identity
 * provider reads through here, never through the mappers). Read-only; changes go through the admin feature.
 */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {
    private final RosterMapper roster;
    private final OrgMapper orgs;
    private final UserMapper users;

    PeopleDirectory(RosterMapper roster, OrgMapper orgs, UserMapper users) {
        this.roster = roster;
        this.orgs = orgs;
        this.users = users;
    }

    /** Every active user and every candidate group (three queries). */
    public Roster roster() {
        Map<Long, List<Role>> roles = roster.enabledUsersRoles().stream().collect(Collectors.groupingBy(
                RosterMapper.UserRole::userId, Collectors.mapping(r -> Role.valueOf(r.role()), Collectors.toList())));
        List<AppUser> enabled = roster.enabledUsers();
        enabled.forEach(u -> u.setRoles(java.util.Set.copyOf(roles.getOrDefault(u.getId(), List.of()))));
        return Roster.of(enabled, orgs.findAll());
    }

    /** One active user with the groups they are in; empty when unknown or deactivated. */
    public Optional<Roster.Person> person(String username) {
        AppUser user = username == null ? null : roster.enabledUser(username);
        if (user == null) {
            return Optional.empty();
        }
        user.setRoles(java.util.Set.copyOf(users.findRoles(user.getId())));
        return Roster.of(List.of(user), orgs.findAll()).people().stream().findFirst();
    }

    /** The candidate groups alone (one read of the org tree). */
    public List<Roster.Group> candidateGroups() {
        return Roster.of(List.of(), orgs.findAll()).groups();
    }
}
