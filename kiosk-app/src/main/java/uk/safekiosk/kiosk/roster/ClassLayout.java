package uk.safekiosk.kiosk.roster;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The layout staff chose for a class; a class without one uses its year group. */
@Entity
@Table(name = "class_layout")
class ClassLayout {
    @Id
    private Long classId;

    @Enumerated(EnumType.STRING)
    private KeyStage keyStage;

    private Instant changedAt;
    private Long changedBy;

    protected ClassLayout() {
    }

    ClassLayout(Long classId) {
        this.classId = classId;
    }

    KeyStage getKeyStage() {
        return keyStage;
    }

    void choose(KeyStage keyStage, Instant at, Long by) {
        this.keyStage = keyStage;
        this.changedAt = at;
        this.changedBy = by;
    }
}
