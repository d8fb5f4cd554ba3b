/**
 * What every feature shares and that knows no feature: problem JSON and its exceptions, limits, field
 * violations; {@code web/} (request filters, security headers; named interface {@code web}) and {@code xlsx/} (the
 * official forms' cell styles; named interface {@code xlsx}).
 */
@NullMarked
package org.jixiao.common;

import org.jspecify.annotations.NullMarked;
