package com.cxcentric.training.control;

import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.Lesson;
import com.cxcentric.training.entity.LessonAttachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of lessons: listed without their content, copied into a course's next revision, kept
 * with the right lesson when a draft loses one, and read whole only for a download.
 */
@ApplicationScoped
public class LessonFiles {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    /** The files of these lessons by lesson id, by name; lessons without files are absent. */
    public Map<Long, List<LessonAttachment.Info>> of(Collection<Long> lessonIds) {
        Map<Long, List<LessonAttachment.Info>> files = new LinkedHashMap<>();
        if (lessonIds.isEmpty()) {
            return files;
        }
        em.createQuery(
                        "SELECT NEW com.cxcentric.training.entity.LessonAttachment.Info(a.id, a.lesson.id, a.fileName,"
                                + " a.contentType, a.sizeBytes) FROM LessonAttachment a WHERE a.lesson.id IN :lessons"
                                + " ORDER BY a.fileName",
                        LessonAttachment.Info.class)
                .setParameter("lessons", lessonIds)
                .getResultList()
                .forEach(info -> files.computeIfAbsent(info.lessonId(), k -> new ArrayList<>())
                        .add(info));
        return files;
    }

    /** Copies every file of the earlier revision's lessons to the same lessons of the next one (persisted). */
    public void copy(Course from, Course to) {
        em.flush();
        List<Lesson> earlier = from.getLessons();
        List<Lesson> later = to.getLessons();
        if (earlier.isEmpty()) {
            return;
        }
        for (LessonAttachment file : em.createQuery(
                        "SELECT a FROM LessonAttachment a WHERE a.lesson IN :lessons", LessonAttachment.class)
                .setParameter("lessons", earlier)
                .getResultList()) {
            int index = earlier.indexOf(file.getLesson());
            if (index < later.size()) {
                em.persist(file.copyFor(later.get(index)));
            }
        }
    }

    /**
     * Before lesson {@code number} of a draft is removed (its later lessons' contents move up one
     * row): drops that lesson's files and moves each later lesson's files one row up with it.
     */
    public void beforeRemoving(Course draft, int number) {
        List<Lesson> lessons = draft.getLessons();
        if (number < 1 || number > lessons.size()) {
            return;
        }
        em.createQuery("DELETE FROM LessonAttachment a WHERE a.lesson = :lesson")
                .setParameter("lesson", lessons.get(number - 1))
                .executeUpdate();
        for (int i = number; i < lessons.size(); i++) {
            em.createQuery("UPDATE LessonAttachment a SET a.lesson = :to WHERE a.lesson = :from")
                    .setParameter("to", lessons.get(i - 1))
                    .setParameter("from", lessons.get(i))
                    .executeUpdate();
        }
    }

    /** A whole file. @throws ResourceNotFoundException when there is none with this id */
    public LessonAttachment file(long id) {
        LessonAttachment file = em.find(LessonAttachment.class, id);
        if (file == null) {
            throw new ResourceNotFoundException("error.attachment.unknown", "No file " + id, id);
        }
        return file;
    }
}
