/**
 * The organisation (财政局 → 主管部门 → 预算单位), users, roles, data scope and candidate groups.
 */
@NullMarked
package org.jixiao.org;

import org.jspecify.annotations.NullMarked;
