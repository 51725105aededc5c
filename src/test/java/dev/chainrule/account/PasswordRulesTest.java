package dev.chainrule.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Password rules a person can follow (issue 11): each refusal says what is wrong and what to do. */
class PasswordRulesTest {

    private static final String TOO_SHORT_7 = "Use at least 10 characters; this one has 7.";
    private static final String COMMON = "This password is one of the most common ones and easy to guess."
            + " Choose another (a short sentence works well).";
    private static final String NAME = "Your password contains your user name, the first thing someone would try."
            + " Choose one without it.";
    private static final String REPEATED = "A password made of one character repeated is easy to guess."
            + " Use different characters (a short sentence works well).";

    private final PasswordRules rules = new PasswordRules();

    static Stream<Arguments> passwords() {
        String tenEmoji = "😀😁😂🤣😃😄😅😆😉😊"; // 10 code points, 20 UTF-16 units, 40 bytes
        return Stream.of(
                arguments("ada", null, "Use at least 10 characters; this one has 0."),
                arguments("ada", "", "Use at least 10 characters; this one has 0."),
                arguments("ada", "short12", TOO_SHORT_7),
                arguments("ada", "abcdefghi", "Use at least 10 characters; this one has 9."),
                arguments("ada", "river bank", null), // exactly 10
                arguments("ada", tenEmoji, null),
                arguments("ada", tenEmoji.substring(0, 18), "Use at least 10 characters; this one has 9."),
                arguments("ada", "password123", COMMON),
                arguments("ada", "PassWord123", COMMON),
                arguments("ada", "QWERTYUIOP", COMMON),
                arguments("ada", "1234567890", COMMON),
                arguments("ada", "chainrule123", COMMON),
                arguments("ada", "password123 is mine", null), // exact matches only: predictable
                arguments("Ada.Lovelace", "ada.lovelace", NAME),
                arguments("Ada.Lovelace", "my name is ADA.LOVELACE", NAME),
                arguments(" grace ", "hello grace hopper", NAME), // the name as typed, spaces around it ignored
                arguments("al", "totally normal words", null), // a 2-letter name inside is fine …
                arguments("al", "al", "Use at least 10 characters; this one has 2."),
                arguments("bo", "x bo bo bo bo", null),
                arguments("ada", "aaaaaaaaaa", REPEATED),
                arguments("ada", "AaAaAaAaAaAa", REPEATED),
                arguments("ada", "          ", REPEATED),
                arguments("ada", "correct horse battery", null),
                arguments("ada", "Tr0ub4dor&3x", null),
                arguments("ada", "my cat eats socks", null),
                arguments(null, "gradient of the loss", null),
                arguments("", "gradient of the loss", null));
    }

    @ParameterizedTest
    @MethodSource("passwords")
    void refusesWithAMessageOrAccepts(String userName, String password, String expected) {
        assertThat(rules.problem(userName, password).orElse(null)).isEqualTo(expected);
    }

    /** bcrypt reads only 72 bytes, and Spring's encoder refuses more: counted in UTF-8 bytes. */
    @Test
    void atMost72BytesCountingAccentsAndEmojiAsMore() {
        String ascii72 = "the quick brown fox jumps over the lazy dog while the cat naps in sun 12";
        assertThat(ascii72.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(rules.problem("ada", ascii72)).isEmpty();
        assertThat(rules.problem("ada", ascii72 + "4")).contains(
                "Use at most 72 characters; this one counts as 73 (accented letters and emoji count as 2 to 4 each).");

        String accented = "é".repeat(35) + "ab"; // 37 characters, 72 bytes
        assertThat(rules.problem("ada", accented)).isEmpty();
        assertThat(rules.problem("ada", accented + "c")).get().asString().contains("counts as 73");
        assertThat(rules.problem("ada", "😀 ".repeat(15))).get().asString().contains("counts as 75"); // 30 characters
    }

    @Test
    void theShippedListIsLowerCaseHasNoDuplicatesAndHoldsOnlyPasswordsTheOtherRulesWouldAccept() throws Exception {
        List<String> lines;
        try (var in = PasswordRules.class.getResourceAsStream(PasswordRules.COMMON_PASSWORDS)) {
            assertThat(in).as("the list ships with the app").isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(lines.get(0)).startsWith("#");
        List<String> entries = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates().allSatisfy(entry -> {
            assertThat(entry).isEqualTo(entry.toLowerCase(Locale.ROOT).strip()).isNotEmpty();
            // a shorter one, or one refused for another reason, would be dead weight in the list
            assertThat(new PasswordRules().problem(null, entry)).contains(COMMON);
        });
        assertThat(PasswordRules.load(PasswordRules.COMMON_PASSWORDS)).hasSameSizeAs(new HashSet<>(entries))
                .contains("password123", "qwertyuiop", "1234567890", "iloveyou12", "football123", "chainrule123")
                .noneMatch(e -> e.startsWith("#"));
    }

    @Test
    void aMissingListIsNamed() {
        assertThatThrownBy(() -> PasswordRules.load("/account/no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/account/no-such-list.txt");
    }

    @Test
    void refusalsNeverRepeatThePassword() {
        Set<String> typed = Set.of("short12", "password123", "aaaaaaaaaa", "ada is my name", "x".repeat(40) + "é".repeat(20));
        for (String password : typed) {
            assertThat(rules.problem("ada", password)).get().asString().doesNotContain(password);
        }
    }
}
