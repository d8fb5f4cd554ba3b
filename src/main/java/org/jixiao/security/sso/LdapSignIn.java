package org.jixiao.security.sso;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import org.jixiao.security.JixiaoUserDetails;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Sign-in through the central directory (issue 11 §3): the password is checked by binding to the directory as the
 * person; the person is then our user of the same username, with our roles and org. Right password but no Jixiao
 * account → {@link NotProvisionedException} (the 尚未开通 page), never an error.
 */
public class LdapSignIn implements AuthenticationProvider {
    private final LDAPURL url;
    private final String userDnPattern;
    private final UserDetailsService users;

    public LdapSignIn(String url, String userDnPattern, UserDetailsService users) {
        try {
            this.url = new LDAPURL(url);
        } catch (LDAPException e) {
            throw new IllegalArgumentException("jixiao.sso.ldap.url is not an LDAP URL: " + url, e);
        }
        if (!userDnPattern.contains("{0}")) {
            throw new IllegalArgumentException("jixiao.sso.ldap.user-dn-pattern needs {0} for the username");
        }
        this.userDnPattern = userDnPattern;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        // An empty password is an anonymous bind in LDAP, which "succeeds" for anyone: never accept it.
        if (username == null || username.isBlank() || password.isEmpty()) {
            throw new BadCredentialsException("用户名或密码错误");
        }
        bind(dnOf(username), password);
        UserDetails user;
        try {
            user = users.loadUserByUsername(username);
        } catch (UsernameNotFoundException unknownHere) {
            throw new NotProvisionedException(username);
        }
        // The directory's password was used, not ours: an admin-issued local password need not be changed now
        // (it still must be, should the person ever sign in with it; docs/security.md).
        if (user instanceof JixiaoUserDetails details) {
            user = new JixiaoUserDetails(details.user(), null, false);
        }
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(attempt.getDetails());
        return result;
    }

    private void bind(String dn, String password) {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(5000);
        options.setResponseTimeoutMillis(5000);
        try (LDAPConnection connection = new LDAPConnection(options, url.getHost(), url.getPort())) {
            connection.bind(dn, password);
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS || e.getResultCode() == ResultCode.NO_SUCH_OBJECT
                    || e.getResultCode() == ResultCode.INVALID_DN_SYNTAX) {
                throw new BadCredentialsException("用户名或密码错误");
            }
            throw new AuthenticationServiceException("统一身份认证目录暂时无法连接", e);
        }
    }

    /** The username goes into the DN as an escaped attribute value, so "x,ou=admins" cannot change the DN. */
    String dnOf(String username) {
        int at = userDnPattern.indexOf("{0}");
        String rest = userDnPattern.substring(at + 3);
        String attribute = userDnPattern.substring(0, at).replaceAll("=\\s*$", "").trim();
        String escaped = new RDN(attribute, username).toString();
        return escaped + rest;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
