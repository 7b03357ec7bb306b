package com.invoice24.shared;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one reading of JSON values the API accepts, so that nothing a client sends reaches the domain half
 * understood: amounts and decimals as plain digits (never expanded from an exponent), ISO dates of this
 * millennium's neighbourhood, enum constants by name only, and text without control characters. Every
 * refusal is a {@link Refused} whose message is the rule, so the problem detail can name the field and say
 * what it needs.
 */
final class StrictJson {

    /** Plain decimals: quantities, unit prices, rates and percents; 15 digits before the point and 10 after. */
    static final String DECIMAL_RULE = "must be a plain number with at most 15 digits before the point and 10 after,"
            + " like 187.5";
    /** Dates outside these years are typing mistakes, and date arithmetic near the ends of time overflows. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;
    static final String DATE_RULE = "must be a date written like 2026-03-15, in the years " + FIRST_YEAR + " to "
            + LAST_YEAR;
    static final String INSTANT_RULE = "must be an instant written like 2026-03-15T17:00:00Z, in the years "
            + FIRST_YEAR + " to " + LAST_YEAR;
    static final String TEXT_RULE = "must be text without control characters";

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,10})?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INSTANT = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})");

    private StrictJson() {
    }

    static SimpleModule module() {
        return new SimpleModule("strict-input")
                .addDeserializer(Money.class, new MoneyReader())
                .addDeserializer(BigDecimal.class, new DecimalReader())
                .addDeserializer(LocalDate.class, new DateReader())
                .addDeserializer(Instant.class, new InstantReader())
                .addDeserializer(String.class, new TextReader())
                .setDeserializerModifier(new ValueDeserializerModifier() {
                    @Override
                    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                            BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                        return type.getRawClass().getEnumConstants() == null ? deserializer
                                : new EnumReader(type.getRawClass());
                    }
                });
    }

    /** A plain decimal as written: digits, an optional '-' and point; shape checked before any parsing. */
    static BigDecimal decimal(String text) {
        if (text.length() > 27 || !DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException(DECIMAL_RULE);
        }
        return new BigDecimal(text);
    }

    static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            throw new IllegalArgumentException(DATE_RULE);
        }
        try {
            return inRange(LocalDate.parse(text), DATE_RULE);
        } catch (DateTimeException notADay) {
            throw new IllegalArgumentException(DATE_RULE, notADay);
        }
    }

    static Instant instant(String text) {
        if (text.length() > 40 || !INSTANT.matcher(text).matches()) {
            throw new IllegalArgumentException(INSTANT_RULE);
        }
        try {
            Instant instant = Instant.parse(text);
            inRange(LocalDate.ofInstant(instant, ZoneOffset.UTC), INSTANT_RULE);
            return instant;
        } catch (DateTimeException notAnInstant) {
            throw new IllegalArgumentException(INSTANT_RULE, notAnInstant);
        }
    }

    /** Tab, line feed and carriage return are text; other controls (NUL above all) and lone surrogates are not. */
    static boolean isText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate inRange(LocalDate date, String rule) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException(rule);
        }
        return date;
    }

    /** A value the strict reading refused; its message is the rule the value broke. */
    static final class Refused extends MismatchedInputException {

        Refused(JsonParser parser, String rule, Class<?> type) {
            super(parser, rule, type);
        }
    }

    /** The text of a scalar as the client wrote it: a JSON number's own digits, never a parsed double. */
    private static String scalar(JsonParser parser, String rule, Class<?> type) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT
                || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getText();
        }
        throw new Refused(parser, rule, type);
    }

    private static String string(JsonParser parser, String rule, Class<?> type) {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        throw new Refused(parser, rule, type);
    }

    private static final class MoneyReader extends ValueDeserializer<Money> {

        @Override
        public Money deserialize(JsonParser parser, DeserializationContext context) {
            try {
                return Money.parse(scalar(parser, Money.AMOUNT_RULE, Money.class));
            } catch (IllegalArgumentException refused) {
                throw new Refused(parser, Money.AMOUNT_RULE, Money.class);
            }
        }
    }

    private static final class DecimalReader extends ValueDeserializer<BigDecimal> {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            try {
                return decimal(scalar(parser, DECIMAL_RULE, BigDecimal.class));
            } catch (IllegalArgumentException refused) {
                throw new Refused(parser, DECIMAL_RULE, BigDecimal.class);
            }
        }
    }

    private static final class DateReader extends ValueDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            try {
                return date(string(parser, DATE_RULE, LocalDate.class));
            } catch (IllegalArgumentException refused) {
                throw new Refused(parser, DATE_RULE, LocalDate.class);
            }
        }
    }

    private static final class InstantReader extends ValueDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            try {
                return instant(string(parser, INSTANT_RULE, Instant.class));
            } catch (IllegalArgumentException refused) {
                throw new Refused(parser, INSTANT_RULE, Instant.class);
            }
        }
    }

    /** Numbers and booleans still read as their text, as Jackson's own reading does; objects and lists do not. */
    private static final class TextReader extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token == null || !token.isScalarValue()) {
                throw new Refused(parser, "must be text", String.class);
            }
            String text = parser.getValueAsString();
            if (text == null || !isText(text)) {
                throw new Refused(parser, TEXT_RULE, String.class);
            }
            return text;
        }
    }

    /** An enum constant by its exact name; never its position, which would change meaning as constants are added. */
    private static final class EnumReader extends ValueDeserializer<Object> {

        private final Class<?> type;
        private final String rule;

        EnumReader(Class<?> type) {
            this.type = type;
            this.rule = "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", "));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            String name = string(parser, rule, type);
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw new Refused(parser, rule, type);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
