/**
 * Sign-in lockout; the admin overview reads its guard to list locked accounts.
 */
@NamedInterface("lockout")
package org.jixiao.security.lockout;

import org.springframework.modulith.NamedInterface;
