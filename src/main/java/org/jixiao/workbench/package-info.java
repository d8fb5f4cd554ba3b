/**
 * The 工作台: each user's start page, reading the other features through their roots and named interfaces.
 */
@NullMarked
package org.jixiao.workbench;

import org.jspecify.annotations.NullMarked;
