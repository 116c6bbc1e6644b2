package uk.safekiosk.gateway.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.safekiosk.gateway.message.AttachmentFact;
import uk.safekiosk.gateway.message.AttachmentKind;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;

class AttachmentDetectionTest {

    @Test
    void base64BinaryDisguisedAsPlainTextIsAnAttachmentNotBody() {
        MessageView view = Eml.parseFixture("base64-disguised-as-text.eml");

        assertThat(view.attachments()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AttachmentKind.PART);
            assertThat(a.contentType()).isEqualTo("application/zip");
            assertThat(a.sizeBytes()).isEqualTo(522);
        });
        assertThat(view.defects()).contains("binary data labelled as text/plain");
        assertThat(view.body()).isEmpty();
    }

    @Test
    void rfc2231ContinuedFileNameIsDecodedToTheRealName() {
        MessageView view = Eml.parseFixture("rfc2231-filename.eml");

        assertThat(view.attachments()).containsExactly(
                new AttachmentFact(AttachmentKind.PART, "Klässen-photo.exe", "application/octet-stream", 64));
        assertThat(Eml.texts(view, TextOrigin.FILE_NAME)).containsExactly("Klässen-photo.exe");
        assertThat(view.body()).isEqualTo("See attached.");
    }

    @Test
    void encodedWordFileNameIsDecodedToTheRealName() {
        MessageView view = Eml.parseFixture("encoded-word-filename.eml");

        assertThat(view.attachments()).containsExactly(
                new AttachmentFact(AttachmentKind.PART, "picnic 😀.jpg", "image/jpeg", 64));
        assertThat(Eml.texts(view, TextOrigin.FILE_NAME)).containsExactly("picnic 😀.jpg");
    }

    @Test
    void dataUriImageIsAnAttachmentAndItsHeaderALinkTarget() {
        MessageView view = Eml.parseFixture("data-uri-image.eml");

        assertThat(view.attachments()).containsExactly(
                new AttachmentFact(AttachmentKind.DATA_URI, "", "image/png", 48));
        assertThat(Eml.texts(view, TextOrigin.LINK_TARGET)).containsExactly("data:image/png;base64");
        assertThat(Eml.texts(view, TextOrigin.ALT_TEXT)).containsExactly("my drawing");
        assertThat(view.body()).isEqualTo("Look at my drawing:");
    }

    @Test
    void textInADataUriIsScannedAsHidden() {
        MessageView view = Eml.parseHtml("<a href=\"data:text/plain,call%20me%20on%2007700%20900123\">x</a>");

        assertThat(Eml.texts(view, TextOrigin.HIDDEN)).containsExactly("call me on 07700 900123");
        assertThat(Eml.kinds(view)).containsExactly(AttachmentKind.DATA_URI);
    }

    @Test
    void cidReferenceAndTheRelatedImageAreBothReported() {
        MessageView view = Eml.parseFixture("cid-reference.eml");

        assertThat(view.attachments()).containsExactlyInAnyOrder(
                new AttachmentFact(AttachmentKind.CID_REFERENCE, "photo1@class4", "", 0),
                new AttachmentFact(AttachmentKind.INLINE_IMAGE, "", "image/png", 48));
        assertThat(Eml.texts(view, TextOrigin.LINK_TARGET)).containsExactly("cid:photo1@class4");
        assertThat(view.body()).isEqualTo("Our class photo:");
    }

    @Test
    void uuencodedBlockInPlainTextIsAnAttachmentWithItsName() {
        MessageView view = Eml.parseFixture("uuencoded.eml");

        assertThat(view.attachments()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AttachmentKind.UUENCODED_BLOCK);
            assertThat(a.fileName()).isEqualTo("game.exe");
            assertThat(a.sizeBytes()).isEqualTo(90);
        });
        assertThat(Eml.texts(view, TextOrigin.FILE_NAME)).containsExactly("game.exe");
    }

    @Test
    void attachedMessageIsReportedAndItsTextScannedButNotDelivered() {
        MessageView view = Eml.parseFixture("message-rfc822.eml");

        assertThat(Eml.kinds(view)).containsExactly(AttachmentKind.EMBEDDED_MESSAGE);
        assertThat(view.attachments().getFirst().fileName()).isEqualTo("forwarded.eml");
        assertThat(Eml.texts(view, TextOrigin.HIDDEN))
                .contains("Secret meeting", "Meet me at the park gate after school.");
        assertThat(view.body()).isEqualTo("Look at this message I got.");
    }

    @Test
    void tnefWinmailDatIsReportedAsTnef() {
        MessageView view = Eml.parseFixture("tnef.eml");

        assertThat(view.attachments()).containsExactly(
                new AttachmentFact(AttachmentKind.TNEF, "winmail.dat", "application/ms-tnef", 19));
    }

    @Test
    void tnefIsRecognisedByItsSignatureWhateverItIsCalled() {
        MessageView view = Eml.parse("""
                Content-Type: application/octet-stream; name="notes.bin"
                Content-Transfer-Encoding: base64

                eJ8+IgEAAQaQCAAEAAAAAAABAA==
                """);

        assertThat(Eml.kinds(view)).containsExactly(AttachmentKind.TNEF);
    }

    @Test
    void longBase64BlockPastedIntoTextIsAnAttachment() {
        MessageView view = Eml.parseFixture("base64-block-in-text.eml");

        assertThat(view.attachments()).containsExactly(
                new AttachmentFact(AttachmentKind.BASE64_BLOCK, "", "application/octet-stream", 600));
    }

    @Test
    void ordinaryChildTextIsNotMistakenForAnEmbeddedFile() {
        MessageView view = Eml.parse("""
                Content-Type: text/plain; charset=UTF-8

                begin 644 is how the game starts, then we run to the end
                hahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahaha\
                hahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahahaha
                end
                """);

        assertThat(view.attachments()).isEmpty();
        assertThat(view.defects()).isEmpty();
    }

    @Test
    void textFileAttachmentIsAnAttachmentAndItsTextIsScanned() {
        MessageView view = Eml.parse("""
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain

                See file.
                --m
                Content-Type: text/plain; name="notes.txt"
                Content-Disposition: attachment; filename="notes.txt"

                words inside the file
                --m--
                """);

        assertThat(view.body()).isEqualTo("See file.");
        assertThat(view.attachments()).containsExactly(
                new AttachmentFact(AttachmentKind.PART, "notes.txt", "text/plain", 21));
        assertThat(Eml.texts(view, TextOrigin.HIDDEN)).contains("words inside the file");
    }

    @Test
    void imageWithoutAnyDispositionIsStillAnAttachment() {
        MessageView view = Eml.parse("""
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: image/gif
                Content-Transfer-Encoding: base64

                R0lGODlhAQABAAAAACw=
                --m--
                """);

        assertThat(view.attachments()).containsExactly(new AttachmentFact(AttachmentKind.PART, "", "image/gif", 14));
    }

    @Test
    void fileNameHidingItsExtensionWithDirectionControlsIsCleanedAndFlagged() {
        MessageView view = Eml.parse("""
                Content-Type: application/octet-stream
                Content-Disposition: attachment; filename="=?UTF-8?Q?photo=E2=80=AEgpj.exe?="

                data
                """);

        assertThat(Eml.texts(view, TextOrigin.FILE_NAME)).containsExactly("photogpj.exe");
        assertThat(view.defects()).contains("file name contains text-direction control characters");
    }

    @Test
    void twoDifferentFileNamesOnOnePartAreADefectAndBothScanned() {
        MessageView view = Eml.parse("""
                Content-Type: application/pdf; name="homework.pdf"
                Content-Disposition: attachment; filename="game.exe"

                data
                """);

        assertThat(Eml.texts(view, TextOrigin.FILE_NAME)).containsExactly("game.exe", "homework.pdf");
        assertThat(view.defects()).contains("a part gives two different file names");
    }
}
