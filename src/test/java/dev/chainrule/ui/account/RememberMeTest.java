package dev.chainrule.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.account.AccountService;
import dev.chainrule.account.People;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.test.context.ActiveProfiles;

/**
 * "Remember me": the log-in page's checkbox records the choice in the session before the form is
 * posted, and the cookie is set only then; a remembered cookie logs the person in again, until they
 * change their password.
 */
@SpringBootTest
@ActiveProfiles("test")
class RememberMeTest {
    @Autowired
    RememberMeServices rememberMe;
    @Autowired
    AccountService accounts;

    private Cookie logIn(boolean ticked) {
        People.person(accounts, "remembered");
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.getSession(true).setAttribute(RememberMe.class.getName() + ".choice", ticked);
        MockHttpServletResponse response = new MockHttpServletResponse();
        var user = accounts.loadUserByUsername("remembered");
        rememberMe.loginSuccess(request, response,
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return response.getCookie("remember-me");
    }

    @Test
    void noCookieUnlessTheBoxWasTicked() {
        assertThat(logIn(false)).isNull();
    }

    @Test
    void aTickedBoxGivesAnHttpOnlyCookieForThirtyDaysThatLogsInAgainUntilThePasswordChanges() {
        Cookie cookie = logIn(true);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getMaxAge()).isEqualTo(RememberMe.DAYS * 24 * 60 * 60);

        MockHttpServletRequest later = new MockHttpServletRequest("GET", "/lab");
        later.setCookies(cookie);
        assertThat(rememberMe.autoLogin(later, new MockHttpServletResponse())).isNotNull()
                .extracting(a -> a.getName()).isEqualTo("remembered");

        var visitor = People.person(accounts, "remembered");
        accounts.changePassword(visitor, People.PASSWORD, "a different password now");
        assertThat(rememberMe.autoLogin(later, new MockHttpServletResponse())).isNull();
        accounts.changePassword(visitor, "a different password now", People.PASSWORD);
    }
}
