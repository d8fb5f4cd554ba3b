/**
 * The official forms' spreadsheet styles, shared by every export.
 */
@NamedInterface("xlsx")
package org.jixiao.common.xlsx;

import org.springframework.modulith.NamedInterface;
