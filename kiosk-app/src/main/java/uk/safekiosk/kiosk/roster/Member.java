package uk.safekiosk.kiosk.roster;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** Anyone who logs on: a pupil or a member of staff. */
@Entity
public class Member {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private School school;

    /** A pupil's class, or the class a teacher teaches; empty for the DSL and the administrator. */
    @ManyToOne
    @JoinColumn(name = "class_id")
    private SchoolClass schoolClass;

    private String username;
    private String displayName;
    private String email;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String passwordHash;
    private int failedLogins;
    private Instant lockedUntil;

    protected Member() {
    }

    public Member(School school, SchoolClass schoolClass, String username, String displayName, String email,
                  Role role, String passwordHash) {
        this.school = school;
        this.schoolClass = schoolClass;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void recordFailedLogin(int maxFailures, Instant lockUntilIfReached) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = lockUntilIfReached;
            failedLogins = 0;
        }
    }

    /** A new password also lifts a lock from wrong tries: a reset is how a locked-out child gets back in. */
    void changePasswordHash(String newHash) {
        passwordHash = newHash;
        failedLogins = 0;
        lockedUntil = null;
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
