/**
 * The demo organisation, users, seed targets and rounds, loaded under the {@code demo} profile. It sits on top
 * of every feature and nothing depends on it.
 */
@NullMarked
package org.jixiao.demo;

import org.jspecify.annotations.NullMarked;
