package uk.safekiosk.kiosk.search;

import java.util.Locale;

/**
 * Why a search was stopped. The names are a contract (the {@code check-queries} command, the search log, the teacher
 * console); each has a list of its own under {@code content/data/search/screen/}.
 */
public enum QueryReason {
    ADULT,
    VIOLENCE_GORE,
    DRUGS_ALCOHOL,
    GAMBLING,
    SOCIAL_MEDIA,
    WEAPONS,
    HATE,
    SELFHARM,
    BYPASS,
    PERSONAL;

    /** The list file of this reason, e.g. {@code violence-gore.txt}. */
    String listFile() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
    }
}
