package uk.safekiosk.kiosk.mail;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.SenderRule;

/**
 * The class email switch, and the gateway's authority on it: a pupil of a class whose email is off is refused at
 * SMTP whatever client they use. Staff always send; a class with no setting may send.
 */
@Component
class ClassEmailSwitch implements SenderRule {

    private final ClassMailSettingRepository settings;

    ClassEmailSwitch(ClassMailSettingRepository settings) {
        this.settings = settings;
    }

    @Override
    public boolean maySend(Person sender) {
        return !sender.isPupil() || sender.classId() == null || isOn(sender.classId());
    }

    @Transactional(readOnly = true)
    public boolean isOn(long classId) {
        return settings.findById(classId).map(ClassMailSetting::isEmailOn).orElse(true);
    }

    @Transactional
    public void set(long classId, boolean on) {
        settings.findById(classId).ifPresentOrElse(s -> s.setEmailOn(on),
                () -> settings.save(new ClassMailSetting(classId, on)));
    }
}
