package uk.safekiosk.kiosk.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether a class may send email today; no row means yes. */
@Entity
@Table(name = "class_mail_setting")
class ClassMailSetting {
    @Id
    private Long classId;

    private boolean emailOn;

    protected ClassMailSetting() {
    }

    ClassMailSetting(Long classId, boolean emailOn) {
        this.classId = classId;
        this.emailOn = emailOn;
    }

    boolean isEmailOn() {
        return emailOn;
    }

    void setEmailOn(boolean emailOn) {
        this.emailOn = emailOn;
    }
}
