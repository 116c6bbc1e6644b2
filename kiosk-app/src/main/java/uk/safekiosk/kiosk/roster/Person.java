package uk.safekiosk.kiosk.roster;

/** A read-only view of a member for other features. */
public record Person(long id, String username, String displayName, String email, Role role, Long classId,
                    String className) {

    static Person of(Member m) {
        SchoolClass c = m.getSchoolClass();
        return new Person(m.getId(), m.getUsername(), m.getDisplayName(), m.getEmail(), m.getRole(),
                c == null ? null : c.getId(), c == null ? null : c.getName());
    }

    public boolean isPupil() {
        return role == Role.PUPIL;
    }

    /**
     * Whether this member of staff looks after {@code classId}: a teacher their own class, the DSL and the
     * administrator every class (and things of no class). A pupil looks after nothing.
     */
    public boolean isStaffFor(Long classId) {
        return switch (role) {
            case DSL, ADMIN -> true;
            case TEACHER -> classId != null && classId.equals(this.classId);
            case PUPIL -> false;
        };
    }

    /** What a child sees in place of a photo: the first letter of their name. */
    public String initial() {
        return displayName.isEmpty() ? "?" : displayName.substring(0, 1).toUpperCase();
    }
}
