package dev.chainrule.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

/** Log-in as Spring Security performs it, with the throttle in front of the password check. */
@SpringBootTest
@ActiveProfiles("test")
class ThrottledLogInTest {
    @Autowired
    ThrottledLogIn logIn;
    @Autowired
    AccountService accounts;

    private static UsernamePasswordAuthenticationToken attempt(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    @Test
    void theRightPasswordLogsInWithTheAccountAsPrincipalWhateverTheCaseOfTheName() {
        People.person(accounts, "Marie Curie");
        var done = logIn.authenticate(attempt("marie curie", People.PASSWORD));
        assertThat(done.isAuthenticated()).isTrue();
        assertThat(((AccountUser) done.getPrincipal()).visitor().name()).isEqualTo("Marie Curie");
    }

    @Test
    void fiveWrongPasswordsLockTheNameForAMinuteEvenForTheRightPasswordAndTheMessageSaysSo() {
        People.person(accounts, "Pierre");
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> logIn.authenticate(attempt("Pierre", "wrong password"))).isExactlyInstanceOf(
                    BadCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn.authenticate(attempt("Pierre", "wrong password")))
                .isInstanceOf(ThrottledLogIn.LockedBadCredentials.class)
                .hasMessage("Too many failed log-ins for this name. Try again in 1 minute.");
        assertThatThrownBy(() -> logIn.authenticate(attempt("pierre", People.PASSWORD)))
                .isInstanceOf(LockedException.class).hasMessageContaining("Try again in");
    }

    @Test
    void anUnknownNameIsThrottledLikeAKnownOneSoTheAnswerTellsNothing() {
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> logIn.authenticate(attempt("nobody by this name", "whatever it is")))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> logIn.authenticate(attempt("nobody by this name", "whatever it is")))
                .isInstanceOf(ThrottledLogIn.LockedBadCredentials.class);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndFollowsTheRules() {
        Visitor irene = People.person(accounts, "Irene");
        assertThatThrownBy(() -> accounts.changePassword(irene, "not my password", "a brand new password"))
                .isInstanceOf(AccountException.class).hasMessageContaining("current password is not right");
        assertThatThrownBy(() -> accounts.changePassword(irene, People.PASSWORD, "password123"))
                .isInstanceOf(AccountException.class);
        accounts.changePassword(irene, People.PASSWORD, "a brand new password");
        assertThat(logIn.authenticate(attempt("Irene", "a brand new password")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> accounts.changePassword(Visitor.anonymous("s"), "x", "a brand new password"))
                .isInstanceOf(SignInRequiredException.class);
    }
}
