package dev.chainrule.lesson;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The lessons that come with the product, one resource {@code lessons/<id>.json} each, read once. The list
 * below is their order on the Lessons page: from the seed example up the chapters of the walkthrough.
 */
final class BuiltInLessons {
    /** The ids, in the order they are taught. */
    static final List<String> IDS = List.of("seed-example", "batch-sizes", "optimizers", "vanishing-gradients",
            "exploding-gradients", "overfitting");

    private final List<Lesson> lessons;

    BuiltInLessons() {
        this.lessons = IDS.stream().map(BuiltInLessons::load).toList();
    }

    List<Lesson> all() {
        return lessons;
    }

    Optional<Lesson> find(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    private static Lesson load(String id) {
        String path = "lessons/" + id + ".json";
        try (InputStream in = BuiltInLessons.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the built-in lesson " + path + " is missing from the jar");
            }
            return LessonJson.read(new String(in.readAllBytes(), UTF_8), id, null);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }
}
