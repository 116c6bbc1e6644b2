package uk.safekiosk.kiosk;

import java.util.OptionalInt;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.safekiosk.kiosk.search.SearchCommands;

@SpringBootApplication
public class KioskApplication {
    public static void main(String[] args) {
        // Commands (check-queries, import-sites) run without Spring or the web server.
        OptionalInt command = SearchCommands.run(args, System.in, System.out, System.err);
        if (command.isPresent()) {
            System.exit(command.getAsInt());
        }
        SpringApplication.run(KioskApplication.class, args);
    }
}
