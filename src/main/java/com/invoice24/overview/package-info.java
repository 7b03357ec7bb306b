/**
 * The pages that put the other features side by side, such as the home page's figures and next actions,
 * read only through those features' public services.
 */
@NullMarked
package com.invoice24.overview;

import org.jspecify.annotations.NullMarked;
