package uk.safekiosk.gateway.roster;

/** What a member of the school is. Everyone who is not a pupil counts as staff for mail. */
public enum Role {
    PUPIL,
    TEACHER,
    DSL,
    ADMIN;

    public boolean isStaff() {
        return this != PUPIL;
    }
}
