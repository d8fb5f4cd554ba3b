/**
 * Spring Security (form login for screens, HTTP Basic and tokens for /api), sign-in lockout (named interface
 * {@code lockout}, whose guard the admin overview reads), the Camunda webapps' single sign-on.
 */
@NullMarked
package org.jixiao.security;

import org.jspecify.annotations.NullMarked;
