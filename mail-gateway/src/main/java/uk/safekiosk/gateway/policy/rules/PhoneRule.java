package uk.safekiosk.gateway.policy.rules;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import uk.safekiosk.gateway.policy.Finding;
import uk.safekiosk.gateway.policy.ReasonCode;
import uk.safekiosk.gateway.policy.rules.ScannedMessage.ScannedText;
import uk.safekiosk.gateway.text.DigitGroup;
import uk.safekiosk.gateway.text.NumberRun;
import uk.safekiosk.gateway.text.TextNormaliser;

/**
 * PHONE: a UK phone number, however it is spread out or spelled ("oh seven seven double oh ...", "O7700",
 * "+44 7700 ...", "447700...", over several lines). The normaliser reads the numbers; libphonenumber (region GB) judges
 * each candidate.
 */
final class PhoneRule extends GatewayRule {

    private static final String REGION = "GB";
    private static final int UK_COUNTRY_CODE = 44;
    private static final int MIN_DIGITS = 10;
    private static final int UK_NATIONAL_DIGITS = 10;
    private static final int MAX_DIGITS = 14;
    /** Counting ("0 1 2 3 4 5 6 7 8 9 10") is not a phone number: this many evenly spaced pieces or more. */
    private static final int COUNTING_PIECES = 4;
    /**
     * A number libphonenumber does not know yet (a new range, or Ofcom's drama range) is still a child's private
     * number when it is the right length and starts like a UK geographic (01, 02), non-geographic (03) or mobile (07)
     * number. 08 and 09 are services and helplines, not private.
     */
    private static final String PRIVATE_FIRST_DIGITS = "1237";

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    PhoneRule(TextNormaliser normaliser) {
        super("phone", ReasonCode.PHONE, normaliser);
    }

    @Override
    void inspectText(ScannedText text, List<Finding> into) {
        for (NumberRun run : text.text().numbers()) {
            List<DigitGroup> groups = run.groups();
            int g = 0;
            while (g < groups.size()) {
                int end = phoneEndingAt(groups, g);
                if (end >= 0) {
                    into.add(finding(text, groups.get(g).start(), groups.get(end).end()));
                    g = end + 1;
                } else {
                    g++;
                }
            }
        }
    }

    /** The last group of a phone number starting at group {@code first}, or -1. */
    private int phoneEndingAt(List<DigitGroup> groups, int first) {
        DigitGroup start = groups.get(first);
        char lead = start.digits().charAt(0);
        if (!start.plus() && lead != '0' && lead != '4' && lead != '7') {
            return -1;
        }
        StringBuilder digits = new StringBuilder();
        int longest = -1;
        for (int last = first; last < groups.size() && digits.length() < MAX_DIGITS; last++) {
            digits.append(groups.get(last).digits());
            if (hasPhoneLength(digits, start.plus()) && isPhone(digits.toString(), start.plus())
                    && !isCounting(groups, first, last)) {
                longest = last;
            }
        }
        return longest;
    }

    /** Cheap check before asking libphonenumber: UK numbers have 11 digits with the 0, 12 with 44, 14 with 0044. */
    private static boolean hasPhoneLength(CharSequence digits, boolean plus) {
        int n = digits.length();
        if (n < MIN_DIGITS) {
            return false;
        }
        if (plus || (digits.charAt(0) == '4' && digits.charAt(1) == '4')) {
            return n >= 11 && n <= 13;
        }
        if (digits.charAt(0) == '0' && digits.charAt(1) == '0') {
            return n >= 12 && n <= MAX_DIGITS;
        }
        return n == MIN_DIGITS || n == MIN_DIGITS + 1;
    }

    private boolean isPhone(String digits, boolean plus) {
        String dialled;
        if (plus) {
            dialled = "+" + digits;
        } else if (digits.startsWith("00")) {
            dialled = "+" + digits.substring(2);
        } else if (digits.startsWith("44") && digits.length() >= 12) {
            dialled = "+" + digits;
        } else if (digits.startsWith("7") && digits.length() == MIN_DIGITS) {
            dialled = "0" + digits; // "seven seven oh oh ..." with the first 0 left out
        } else if (digits.startsWith("0")) {
            dialled = digits;
        } else {
            return false;
        }
        try {
            PhoneNumber number = phones.parse(dialled, REGION);
            if (number.getCountryCode() != UK_COUNTRY_CODE) {
                return phones.isValidNumber(number);
            }
            String national = phones.getNationalSignificantNumber(number);
            return phones.isValidNumber(number) || (phones.isPossibleNumber(number)
                    && national.length() == UK_NATIONAL_DIGITS
                    && PRIVATE_FIRST_DIGITS.indexOf(national.charAt(0)) >= 0);
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static boolean isCounting(List<DigitGroup> groups, int first, int last) {
        if (last - first + 1 < COUNTING_PIECES) {
            return false;
        }
        for (int g = first; g <= last; g++) {
            if (groups.get(g).digits().length() > 3) {
                return false;
            }
        }
        long step = value(groups.get(first + 1)) - value(groups.get(first));
        for (int g = first + 1; g <= last; g++) {
            if (value(groups.get(g)) - value(groups.get(g - 1)) != step) {
                return false;
            }
        }
        return step != 0;
    }

    private static long value(DigitGroup group) {
        return Long.parseLong(group.digits());
    }
}
