package com.invoice24.clients;

/** A client as a picker lists it: which one, and the name a person chooses by. */
public record ClientName(ClientId id, String name) {
}
