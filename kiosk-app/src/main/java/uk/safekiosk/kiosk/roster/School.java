package uk.safekiosk.kiosk.roster;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class School {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String mailDomain;
    private String language = "en";

    protected School() {
    }

    public School(String name, String mailDomain) {
        this.name = name;
        this.mailDomain = mailDomain;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getMailDomain() {
        return mailDomain;
    }

    /** The two-letter code of the language every screen of the school uses ("en", "cy"). */
    public String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }
}
