package uk.safekiosk.kiosk.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.safekiosk.content.ContentSource;
import uk.safekiosk.kiosk.roster.Person;
import uk.safekiosk.kiosk.roster.RosterService;

/**
 * On a fresh installation (no class has a search setting yet), sets the switches listed in
 * {@code demo/demo-search.csv} ({@code <class name>,on|off}) for the classes that exist, after the demo school is
 * seeded. A school whose classes have other names is not touched, so its classes start with search off.
 */
@Component
@Order(10)
class SearchDemoSwitches implements ApplicationRunner {

    static final String DEMO_FILE = "demo/demo-search.csv";
    private static final Logger log = LoggerFactory.getLogger(SearchDemoSwitches.class);

    private final SearchSwitches switches;
    private final RosterService roster;
    private final ContentSource content;

    SearchDemoSwitches(SearchSwitches switches, RosterService roster, ContentSource content) {
        this.switches = switches;
        this.roster = roster;
        this.content = content;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!switches.noneSet()) {
            return;
        }
        for (String line : content.listLines(DEMO_FILE)) {
            String[] fields = line.split(",", -1);
            if (fields.length != 2) {
                log.warn("{}: expected '<class name>,on|off': {}", DEMO_FILE, line);
                continue;
            }
            boolean on = fields[1].strip().equalsIgnoreCase("on");
            roster.everyone().stream()
                    .filter(p -> fields[0].strip().equals(p.className()))
                    .map(Person::classId)
                    .distinct()
                    .forEach(classId -> switches.set(classId, on, null));
        }
    }
}
