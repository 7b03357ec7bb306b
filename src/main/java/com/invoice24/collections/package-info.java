/**
 * Collections without burning relationships: reminder sequences sent exactly once, disputes and
 * promises to pay that pause them, and the page of what needs attention today.
 */
@NullMarked
package com.invoice24.collections;

import org.jspecify.annotations.NullMarked;
