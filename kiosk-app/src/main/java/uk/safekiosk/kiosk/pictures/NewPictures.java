package uk.safekiosk.kiosk.pictures;

import uk.safekiosk.kiosk.roster.Person;

/** A pupil's new picture sequence, for the staff member who made it to print once; only its hash is kept. */
public record NewPictures(Person pupil, PictureSequence sequence) {
}
