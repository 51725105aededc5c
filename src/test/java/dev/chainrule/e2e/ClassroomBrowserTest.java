package dev.chainrule.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.account.People;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A class in two real browsers: the teacher creates it and reads the code; a student opens the join link in a
 * browser of their own, chooses a display name and password, and lands logged in on the class page; the teacher
 * resets the student's password and the student, logged out, sets a new one at /reset and is logged in again.
 * What Karibu cannot show: the log-in after joining and after a reset really happens and returns to the right page.
 */
class ClassroomBrowserTest extends BrowserTest {
    private static final String NEW_PASSWORD = "another long sentence 9";

    @Test
    void aStudentJoinsByTheLinkAndLaterSetsANewPasswordWithTheTeachersCode() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 100_000);
        String student = "Pupil " + suffix;
        driver.get("http://localhost:" + port + "/classes");
        WebElement page = dom.await().until(d -> d.findElement(By.className("classes-page")));
        dom.type(dom.fieldLabelled(page, "vaadin-text-field", "Class name"), "9C Networks " + suffix);
        dom.click(dom.button("Create class"));
        String code = dom.await().until(d -> d.findElement(By.className("join-code"))).getText().replace(" ", "");
        String classPath = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/classes/"));

        ChromeDriver b = Browser.lease();
        try {
            Dom domB = new Dom(b);
            b.get("http://localhost:" + port + "/join/" + code);
            WebElement form = domB.await().until(d -> d.findElement(By.className("new-student-form")));
            domB.type(domB.fieldLabelled(form, "vaadin-text-field", "Display name"), student);
            domB.type(domB.fieldLabelled(form, "vaadin-password-field", "Password"), People.PASSWORD);
            domB.type(domB.fieldLabelled(form, "vaadin-password-field", "Password again"), People.PASSWORD);
            domB.click(domB.button("Join class"));
            domB.await().until(d -> d.getCurrentUrl().endsWith(classPath));
            domB.await().until(d -> d.findElement(By.id("account-name")).getText().strip().equals(student));
            assertThat(b.findElement(By.className("classmates")).getText()).isEqualTo(student);
            Browser.screenshot(b, "class-student.png");

            driver.navigate().refresh();
            dom.await().until(d -> d.findElement(By.className("roster-name")).getText().equals(student));
            Browser.screenshot(driver, "class-teacher.png");
            dom.click(dom.button("Reset password"));
            String resetCode = dom.await().until(d -> d.findElement(By.className("reset-code"))).getText();
            Browser.screenshot(driver, "class-reset-code.png");

            b.manage().deleteAllCookies();
            b.get("http://localhost:" + port + "/reset");
            WebElement reset = domB.await().until(d -> d.findElement(By.className("reset-page")));
            domB.type(domB.fieldLabelled(reset, "vaadin-text-field", "User name"), student);
            domB.type(domB.fieldLabelled(reset, "vaadin-text-field", "Code from your teacher"), resetCode);
            domB.type(domB.fieldLabelled(reset, "vaadin-password-field", "New password"), NEW_PASSWORD);
            domB.type(domB.fieldLabelled(reset, "vaadin-password-field", "New password again"), NEW_PASSWORD);
            domB.click(domB.button("Set password and log in"));
            domB.await().withTimeout(Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().endsWith("/classes"));
            domB.await().until(d -> d.findElement(By.id("account-name")).getText().strip().equals(student));
            assertThat(b.findElement(By.className("class-link")).getText()).isEqualTo("9C Networks " + suffix);
        } finally {
            Browser.giveBack(b, port);
        }
    }
}
