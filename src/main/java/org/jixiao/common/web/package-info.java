/**
 * Request filters and problem JSON helpers the cluster filter reuses.
 */
@NamedInterface("web")
package org.jixiao.common.web;

import org.springframework.modulith.NamedInterface;
