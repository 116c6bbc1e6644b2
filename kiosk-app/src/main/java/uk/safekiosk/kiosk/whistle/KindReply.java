package uk.safekiosk.kiosk.whistle;

/**
 * The ready-made replies a teacher can send to a pupil who blew the whistle; a pupil reads them, so the words are in
 * the wording file ({@code whistle.reply.<name>}).
 */
public enum KindReply {
    THANK_YOU,
    SORTING_IT,
    COME_AND_TALK,
    NOT_IN_TROUBLE;

    public String wordingKey() {
        return "whistle.reply." + name();
    }
}
