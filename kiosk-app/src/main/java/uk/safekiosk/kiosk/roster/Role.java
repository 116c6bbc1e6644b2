package uk.safekiosk.kiosk.roster;

public enum Role {
    PUPIL,
    TEACHER,
    DSL,
    ADMIN;

    public boolean isStaff() {
        return this != PUPIL;
    }
}
