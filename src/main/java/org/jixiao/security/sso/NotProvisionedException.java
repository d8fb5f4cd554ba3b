package org.jixiao.security.sso;

import org.springframework.security.authentication.AccountStatusException;

/** The directory knows the person and the password was right, but Jixiao has no account for them yet (尚未开通). */
public class NotProvisionedException extends AccountStatusException {
    public NotProvisionedException(String username) {
        super("用户 " + username + " 已通过统一身份认证，但尚未开通本系统账号");
    }
}
