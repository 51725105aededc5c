package dev.chainrule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import dev.chainrule.account.SignInRequiredException;
import dev.chainrule.dataset.DatasetNotFoundException;
import dev.chainrule.run.RunNotFoundException;
import dev.chainrule.training.TrainingRejectedException;
import dev.chainrule.ui.ErrorHandling.Action;
import dev.chainrule.ui.account.LoginView;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

/** What a visitor sees of an error no view caught, through the session's real error handler. */
class ErrorHandlingTest extends AbstractAppTest {

    @Test
    void aRunDeletedInAnotherTabIsSaidToBeGoneInItsOwnWords() {
        UI.getCurrent().navigate("runs");
        fail(new RunNotFoundException(42));

        expectNotifications("There is no run with id 42. It may have been deleted.");
    }

    @Test
    void aDatasetThatIsGoneIsNamedAsTextEvenWhenVaadinWrappedTheError() {
        fail(new RuntimeException(new InvocationTargetException(new DatasetNotFoundException("<b>mine</b>"))));

        expectNotifications("There is no dataset \u201c<b>mine</b>\u201d. It may have been deleted.");
    }

    @Test
    void anAnonymousVisitorAskedToSignInIsTakenToLogInAndBroughtBackAfterwards() {
        logOut();
        UI.getCurrent().navigate("", QueryParameters.of("from", "somewhere"));
        fail(new SignInRequiredException());

        assertThat(_get(LoginView.class)).isNotNull();
        expectNotifications("Log in or sign up to do this.");
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(
                NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE)).isEqualTo("/?from=somewhere");
    }

    @Test
    void aRefusalOfTheTrainingRoomIsSaidInItsOwnWords() {
        // e.g. Stop on a run that another app instance trains (issue 15)
        fail(new TrainingRejectedException("This run trains on another of this site's servers."));

        expectNotifications("This run trains on another of this site's servers.");
    }

    @Test
    void anythingElseIsAnApologyWithoutItsDetails() {
        fail(new IllegalStateException("connection pool exhausted at jdbc:h2:mem:secret"));

        expectNotifications(ErrorHandling.APOLOGY);
    }

    @Test
    void theChoiceLooksThroughWrappersButNotForever() {
        assertThat(ErrorHandling.reactionTo(new RuntimeException(new SignInRequiredException())).action())
                .isEqualTo(Action.LOG_IN);
        Throwable deep = new RunNotFoundException(1);
        for (int i = 0; i < 20; i++) {
            deep = new RuntimeException(deep);
        }
        assertThat(ErrorHandling.reactionTo(deep).action()).isEqualTo(Action.APOLOGISE);
    }

    @Test
    void theWayBackAfterLogInStaysOnThisSite() {
        assertThat(ErrorHandling.withinThisSite("")).isEqualTo("/");
        assertThat(ErrorHandling.withinThisSite("runs/7")).isEqualTo("/runs/7");
        assertThat(ErrorHandling.withinThisSite("//evil.example/x")).isEqualTo("/evil.example/x");
        assertThat(ErrorHandling.withinThisSite("/\\evil.example")).isEqualTo("/evil.example");
    }

    private static void fail(Throwable error) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(error));
    }
}
