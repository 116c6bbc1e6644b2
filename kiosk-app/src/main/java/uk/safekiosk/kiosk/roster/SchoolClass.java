package uk.safekiosk.kiosk.roster;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "school_class")
public class SchoolClass {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private School school;

    private String name;
    private String yearGroup;

    protected SchoolClass() {
    }

    public SchoolClass(School school, String name, String yearGroup) {
        this.school = school;
        this.name = name;
        this.yearGroup = yearGroup;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public String getName() {
        return name;
    }

    public String getYearGroup() {
        return yearGroup;
    }
}
