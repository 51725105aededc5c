package dev.chainrule.lesson;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Teachers' own lessons; only {@link LessonService} uses it. */
interface LessonRepository extends ListCrudRepository<SavedLesson, Long> {

    List<SavedLesson> findByOwnerIdOrderByCreatedAtAscIdAsc(long ownerId);
}
