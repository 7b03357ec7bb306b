package com.invoice24.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules an item must meet, checked on the request itself; ItemApiTests keeps one refused
 * request end to end to show the API names the fields these rules name.
 */
class ItemRequestTests {

    private static ValidatorFactory validation;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        validation = Validation.buildDefaultValidatorFactory();
        validator = validation.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        validation.close();
    }

    @Test
    void aStrategyWorkshopIsAValidItem() {
        assertThat(problems(workshop())).isEmpty();
    }

    @Test
    void unitPriceWithFiveDecimalsIsRejected() {
        assertThat(problems(withUnitPrice("187.12345")))
                .containsExactly(Map.entry("unitPrice", "Use at most 4 decimals (and 15 digits before the point)"));
    }

    @Test
    void negativeUnitPriceIsRejected() {
        assertThat(problems(withUnitPrice("-1"))).containsOnlyKeys("unitPrice");
    }

    @Test
    void descriptionLongerThan2000CharactersIsRejected() {
        ItemRequest workshop = workshop();
        ItemRequest longDescription = new ItemRequest(workshop.name(), "x".repeat(2001), workshop.unit(),
                workshop.unitPrice(), workshop.taxable(), workshop.category());

        assertThat(problems(longDescription)).containsOnlyKeys("description");
    }

    @Test
    void nameLongerThan120CharactersIsRejected() {
        ItemRequest workshop = workshop();
        ItemRequest longName = new ItemRequest("x".repeat(121), workshop.description(), workshop.unit(),
                workshop.unitPrice(), workshop.taxable(), workshop.category());

        assertThat(problems(longName)).containsOnlyKeys("name");
    }

    /** The same item as ItemApiTests.workshop() sends. */
    private static ItemRequest workshop() {
        return new ItemRequest("Strategy workshop", "Strategy workshop (4 hours) – Project X", Unit.HOUR,
                new BigDecimal("187.50"), false, "Consulting");
    }

    private static ItemRequest withUnitPrice(String price) {
        ItemRequest workshop = workshop();
        return new ItemRequest(workshop.name(), workshop.description(), workshop.unit(), new BigDecimal(price),
                workshop.taxable(), workshop.category());
    }

    /** Field → message, as the API's problem detail lists them. */
    private static Map<String, String> problems(ItemRequest request) {
        return validator.validate(request).stream().collect(Collectors.toMap(
                violation -> violation.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }
}
