/**
 * Rules per finance bureau and fiscal year (TargetRulesService), read by targets and evaluation.
 */
@NullMarked
package org.jixiao.config;

import org.jspecify.annotations.NullMarked;
