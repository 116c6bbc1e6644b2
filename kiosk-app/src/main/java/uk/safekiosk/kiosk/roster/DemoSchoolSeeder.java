package uk.safekiosk.kiosk.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safekiosk.content.ContentSource;

/** Seeds the demo school from content on first start, when the database has no school yet. */
@Component
@Order(0)
class DemoSchoolSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSchoolSeeder.class);
    static final String DEMO_FILE = "demo/demo-school.csv";

    private final SchoolRepository schools;
    private final SchoolClassRepository classes;
    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;
    private final ContentSource content;

    DemoSchoolSeeder(SchoolRepository schools, SchoolClassRepository classes, MemberRepository members,
                     PasswordEncoder passwordEncoder, ContentSource content) {
        this.schools = schools;
        this.classes = classes;
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.content = content;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (schools.count() > 0) {
            return;
        }
        List<String> lines = content.listLines(DEMO_FILE);
        School school = null;
        Map<String, SchoolClass> classByName = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split(",", -1);
            switch (f[0]) {
                case "school" -> school = schools.save(new School(f[1], f[2]));
                case "class" -> classByName.put(f[1], classes.save(new SchoolClass(requireSchool(school), f[1], f[2])));
                case "member" -> members.save(new Member(requireSchool(school),
                        f[4].isBlank() ? null : classByName.get(f[4]), f[1], f[2],
                        f[1] + "@" + requireSchool(school).getMailDomain(), Role.valueOf(f[3]),
                        passwordEncoder.encode(f[5])));
                default -> throw new IllegalStateException("Unknown line in " + DEMO_FILE + ": " + line);
            }
        }
        log.info("Seeded the demo school ({} members)", members.count());
    }

    private static School requireSchool(School school) {
        if (school == null) {
            throw new IllegalStateException(DEMO_FILE + " must start with a school line");
        }
        return school;
    }
}
