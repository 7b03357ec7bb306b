package com.invoice24.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the controllers of the client's pages, whose refusals {@link PortalErrors} answers with the portal's own
 * calm pages. The portal's API and the provider's pages it serves keep the answers every other page and API give.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ClientFacing {
}
