package uk.safekiosk.kiosk.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PictureSequenceTest {

    @Test
    void readsAndWritesThePicturesInOrder() {
        PictureSequence sequence = PictureSequence.parse("cat, apple ,star").orElseThrow();

        assertThat(sequence.pictures()).containsExactly(Picture.CAT, Picture.APPLE, Picture.STAR);
        assertThat(sequence.text()).isEqualTo("cat,apple,star");
        assertThat(PictureSequence.parse(sequence.text())).contains(sequence);
    }

    @Test
    void orderMatters() {
        assertThat(PictureSequence.parse("star,apple,cat")).isNotEqualTo(PictureSequence.parse("cat,apple,star"));
    }

    @Test
    void anythingButThreeKnownPicturesIsNoSequence() {
        assertThat(PictureSequence.parse("cat,apple")).isEmpty();
        assertThat(PictureSequence.parse("cat,apple,star,fish")).isEmpty();
        assertThat(PictureSequence.parse("cat,apple,dragon")).isEmpty();
        assertThat(PictureSequence.parse("")).isEmpty();
        assertThat(PictureSequence.parse(null)).isEmpty();
        assertThatThrownBy(() -> new PictureSequence(List.of(Picture.CAT))).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void aPictureMayComeTwice() {
        assertThat(PictureSequence.parse("cat,cat,star")).map(PictureSequence::pictures)
                .contains(List.of(Picture.CAT, Picture.CAT, Picture.STAR));
    }

    @Test
    void randomSequencesUseAllNinePicturesInEveryPlace() {
        Random random = new Random(7);
        List<Set<Picture>> seenAt = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>());
        for (int i = 0; i < 500; i++) {
            List<Picture> pictures = PictureSequence.random(random).pictures();
            for (int place = 0; place < PictureSequence.LENGTH; place++) {
                seenAt.get(place).add(pictures.get(place));
            }
        }
        assertThat(seenAt).allSatisfy(seen -> assertThat(seen).containsExactlyInAnyOrder(Picture.values()));
    }

    @Test
    void neverShowsThePicturesWhenPrintedInALog() {
        assertThat(PictureSequence.of(Picture.CAT, Picture.APPLE, Picture.STAR).toString())
                .doesNotContain("CAT", "cat", "APPLE", "STAR");
    }

    @Test
    void everyPictureHasAStableNameADrawingAndAWording() {
        assertThat(Picture.values()).hasSize(9).allSatisfy(picture -> {
            assertThat(Picture.byId(picture.id())).contains(picture);
            assertThat(picture.source()).isEqualTo("kiosk-theme/pictures/" + picture.id() + ".svg");
            assertThat(getClass().getClassLoader().getResource("META-INF/resources/" + picture.source()))
                    .as("drawing of %s in the theme jar", picture).isNotNull();
            assertThat(picture.wordingKey()).isEqualTo("pictures.name." + picture.id());
        });
    }
}
