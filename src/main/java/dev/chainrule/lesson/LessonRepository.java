package dev.chainrule.lesson;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Teachers' own lessons; only {@link LessonService} uses it. */
interface LessonRepository extends ListCrudRepository<StoredLesson, Long> {

    List<StoredLesson> findByOwnerIdOrderByCreatedAtAscIdAsc(long ownerId);
}
