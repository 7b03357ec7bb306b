package com.invoice24.bench;

/** Workload settings from the environment, so bench/run (and its QUICK mode) can shorten them. */
final class Env {

    private Env() {
    }

    static int integer(String name, int otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.trim());
    }
}
