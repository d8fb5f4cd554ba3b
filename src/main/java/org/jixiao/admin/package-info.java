/**
 * Administration by the finance bureau's ADMIN: the org tree, users and roles, the bulk import and export of
 * both (xlsx), and the audit log of what administrators changed.
 */
@NullMarked
package org.jixiao.admin;

import org.jspecify.annotations.NullMarked;
