/**
 * The app shell (MainLayout, i18n, locale) and the small pieces features' views share. It knows no feature.
 */
@NullMarked
package org.jixiao.ui;

import org.jspecify.annotations.NullMarked;
