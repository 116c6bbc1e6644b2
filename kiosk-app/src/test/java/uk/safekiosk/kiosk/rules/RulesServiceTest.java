package uk.safekiosk.kiosk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safekiosk.kiosk.roster.RosterService;
import uk.safekiosk.kiosk.support.KioskViewTest;

class RulesServiceTest extends KioskViewTest {

    @Autowired
    RulesService rules;
    @Autowired
    RosterService roster;

    @Test
    void anAgreementMadeNowCountsAsToday() {
        var hana = roster.findByUsername("elm.hana").orElseThrow();

        rules.recordAgreement(hana, "v-test", "device-test");

        assertThat(rules.agreementsToday(List.of(hana.id())))
                .extracting(Agreement::rulesVersion).contains("v-test");
    }

    @Test
    void shippedRulesHaveAtLeastTwelveShortSentencesAndAStableVersion() {
        RuleBook book = rules.ruleBook(Locale.UK);

        assertThat(book.rules()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(book.rules()).allSatisfy(rule -> assertThat(rule.sentence().split("\\s+").length)
                .isLessThanOrEqualTo(14));
        assertThat(book.version()).hasSize(16).isEqualTo(rules.ruleBook(Locale.UK).version());
    }
}
