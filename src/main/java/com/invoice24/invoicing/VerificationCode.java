package com.invoice24.invoicing;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code printed on a sent invoice, which anyone holding the paper can enter at {@code /verify}: ten
 * symbols of Crockford's base32 (50 random bits), shown in groups as {@code 7KQ4-M2XD-9P}. The alphabet
 * leaves out I, L, O and U, so what a person misreads or mistypes ({@code o} for {@code 0}, {@code l}
 * for {@code 1}, spaces and dashes anywhere) still reads as the code.
 */
public record VerificationCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 10;
    /** Longer input than this is not a code typed or pasted with some spaces; it is not read at all. */
    static final int LONGEST_INPUT = 40;

    private static final SecureRandom RANDOM = new SecureRandom();

    public VerificationCode {
        if (value.length() != LENGTH || !value.chars().allMatch(symbol -> ALPHABET.indexOf(symbol) >= 0)) {
            throw new IllegalArgumentException("Not a verification code: " + value);
        }
    }

    static VerificationCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new VerificationCode(code.toString());
    }

    /** The code a person typed, read as Crockford's decoding reads it; empty when it cannot be one. */
    public static Optional<VerificationCode> read(String typed) {
        if (typed.length() > LONGEST_INPUT) {
            return Optional.empty();
        }
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char symbol = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(symbol) < 0 || symbols.length() == LENGTH) {
                return Optional.empty();
            }
            symbols.append(symbol);
        }
        return symbols.length() == LENGTH ? Optional.of(new VerificationCode(symbols.toString())) : Optional.empty();
    }

    /** As printed: {@code 7KQ4-M2XD-9P}. */
    public String formatted() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
