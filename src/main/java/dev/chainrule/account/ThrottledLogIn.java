package dev.chainrule.account;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Log-in by name and password, slowed down for a name that keeps failing ({@link LoginThrottle}):
 * while a name is locked its password is not even checked, so guessing gains nothing. Unknown names
 * count like known ones, so the answer never tells which names exist.
 */
@Component
public class ThrottledLogIn implements AuthenticationProvider {
    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledLogIn(AccountService accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName() == null ? "" : attempt.getName();
        Optional<Duration> locked = throttle.lockedFor(name);
        if (locked.isPresent()) {
            throw new LockedException(LoginThrottle.message(locked.get()));
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            throttle.recordSuccess(name);
            return done;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(name);
            Optional<Duration> nowLocked = throttle.lockedFor(name);
            throw nowLocked.<BadCredentialsException>map(d -> new LockedBadCredentials(LoginThrottle.message(d)))
                    .orElse(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The failure that locked the name: the page says so at once, not only on the next try. */
    public static class LockedBadCredentials extends BadCredentialsException {
        LockedBadCredentials(String message) {
            super(message);
        }
    }
}
