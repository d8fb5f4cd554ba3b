/**
 * The 88号 review sheet (绩效目标审核表): its grades and headings, the pure checks (SheetRules) and ReviewSheets,
 * which approves through the sheet at a graded step; the targets' screens, export and API read it.
 */
@NamedInterface("sheet")
package org.jixiao.approval.sheet;

import org.springframework.modulith.NamedInterface;
