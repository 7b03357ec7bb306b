package com.invoice24.workspace;

import com.invoice24.shared.FieldProblem;
import com.invoice24.shared.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.resources.Feedback;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.stereotype.Component;

/**
 * What a password must be, wherever one is chosen: long enough, short enough for bcrypt, and hard to
 * guess as nbvcxz estimates it (a password list, dictionaries, keyboard patterns, dates, repeats, leet)
 * with the person's own words (email address, its local part, name, business name) counted as the
 * first guesses an attacker would make.
 *
 * <p>bcrypt reads only the first 72 bytes of a password and Spring's encoder refuses more; a longer
 * password is refused here with a message instead. Hashing it down first would lift the limit, but it
 * would change every stored hash's format for a length no passphrase of ten words needs.
 */
@Component
class PasswordPolicy {

    static final int MIN_CHARACTERS = 10;
    static final int MAX_BYTES = 72;
    static final String TOO_SHORT = "Use at least " + MIN_CHARACTERS + " characters";
    static final String TOO_LONG = "Use at most " + MAX_BYTES
            + " characters; fewer with accents or emoji, which take 2 to 4 of them each";
    static final String OWN_WORDS = "Leave out your name, email address and business name: they are the first "
            + "things someone guessing would try";

    /** nbvcxz's warning when the password leans on one of the excluded (own) words. */
    private static final String EXCLUDED_WARNING = "feedback.dictionary.warning.passwords.notAllowed";
    private static final int SHORTEST_OWN_WORD = 3;

    /** Refuses a password that breaks the policy: a 400 naming the password field. */
    void check(String password, Collection<String> ownWords) {
        problem(password, ownWords).ifPresent(problem -> {
            throw new InvalidRequestException(problem + ".", List.of(new FieldProblem("password", problem)));
        });
    }

    /** What is wrong with the password, in a sentence for the person choosing it. */
    Optional<String> problem(String password, Collection<String> ownWords) {
        Optional<String> length = lengthProblem(password);
        if (length.isPresent()) {
            return length;
        }
        Result estimate = estimator(ownWords).estimate(password);
        return estimate.isMinimumEntropyMet() ? Optional.empty() : Optional.of(advice(estimate.getFeedback()));
    }

    /** Too short in characters as a person counts them, or too long in the bytes bcrypt reads. */
    static Optional<String> lengthProblem(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(TOO_LONG);
        }
        if (password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            return Optional.of(TOO_SHORT);
        }
        return Optional.empty();
    }

    /**
     * The email address, its local part, the name and the business name, each also run together and
     * split into words; not the domain, which is as often someone's mail provider as their own.
     */
    static Set<String> ownWords(String email, String name, String workspaceName) {
        Set<String> words = new LinkedHashSet<>();
        String address = email.trim().toLowerCase(Locale.ROOT);
        String localPart = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        words.add(address);
        for (String phrase : List.of(localPart, name, workspaceName)) {
            String lower = phrase.trim().toLowerCase(Locale.ROOT);
            words.add(lower);
            words.add(lower.replaceAll("[^\\p{L}\\p{N}]", ""));
            words.addAll(List.of(lower.split("[^\\p{L}\\p{N}]+")));
        }
        words.removeIf(word -> word.length() < SHORTEST_OWN_WORD);
        return words;
    }

    /** A new estimator per check: its configuration carries this person's words (nbvcxz's exclusions). */
    private static Nbvcxz estimator(Collection<String> ownWords) {
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("own words").setExclusion(true);
        ownWords.forEach(word -> own.addWord(word, 0));
        dictionaries.add(own.createDictionary());
        return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration());
    }

    private static String advice(Feedback feedback) {
        if (EXCLUDED_WARNING.equals(feedback.getWarningKey())) {
            return OWN_WORDS;
        }
        List<String> sentences = new ArrayList<>();
        sentences.add("This password is too easy to guess.");
        if (feedback.getWarning() != null) {
            sentences.add(feedback.getWarning());
        }
        sentences.addAll(feedback.getSuggestion());
        String advice = String.join(" ", sentences);
        return advice.endsWith(".") ? advice.substring(0, advice.length() - 1) : advice;
    }
}
