package uk.safekiosk.kiosk.roster;

public record ClassInfo(long id, String name, String yearGroup) {
    static ClassInfo of(SchoolClass c) {
        return new ClassInfo(c.getId(), c.getName(), c.getYearGroup());
    }
}
