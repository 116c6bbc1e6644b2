package uk.safekiosk.content.reading;

/** One text a child reads: where it comes from (file and key or line) and the words as shown. */
public record ChildText(String file, String where, String text) {

    public String name() {
        return file + " " + where;
    }
}
