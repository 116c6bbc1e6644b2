package uk.safekiosk.gateway.roster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safekiosk.content.CsvLine;

/**
 * A roster read once from a CSV file, for the stand-alone gateway ({@code serve --roster FILE}). One member a line:
 *
 * <pre>
 * address,display name,role,classes,password hash
 * ada@school.example,Ada Lovelace,PUPIL,6L,pbkdf2-sha256:600000:c2FsdA==:aGFzaA==
 * "mr.b@school.example","Babbage, Charles",TEACHER,6L;6M,
 * </pre>
 *
 * <ul>
 *   <li>role is PUPIL, TEACHER, DSL or ADMIN; classes are separated by {@code ;} and may be empty;</li>
 *   <li>the password hash is made by {@link PasswordHash#create(String)}; left empty, the member can only use mail
 *       through kiosk tokens;</li>
 *   <li>fields may be in double quotes (a quote inside is doubled); blank lines and lines starting with {@code #} are
 *       skipped, and so is a first line starting with {@code address}.</li>
 * </ul>
 */
public final class CsvRoster implements Roster, Credentials {

    private final Map<String, Member> members;
    private final Map<String, String> passwordHashes;

    private CsvRoster(Map<String, Member> members, Map<String, String> passwordHashes) {
        this.members = members;
        this.passwordHashes = passwordHashes;
    }

    public static CsvRoster read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    static CsvRoster parse(List<String> lines, String source) {
        Map<String, Member> members = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("address"))) {
                continue;
            }
            String where = source + " line " + (i + 1);
            List<String> fields = fields(line, where);
            if (fields.size() != 5) {
                throw new IllegalArgumentException(where + ": expected 5 fields, found " + fields.size());
            }
            Member member = new Member(fields.get(0), fields.get(1), role(fields.get(2), where), classes(fields.get(3)));
            if (members.putIfAbsent(member.address(), member) != null) {
                throw new IllegalArgumentException(where + ": " + member.address() + " is listed twice");
            }
            if (!fields.get(4).isBlank()) {
                hashes.put(member.address(), fields.get(4).strip());
            }
        }
        return new CsvRoster(Map.copyOf(members), Map.copyOf(hashes));
    }

    @Override
    public Optional<Member> find(String address) {
        return Optional.ofNullable(members.get(Member.normalise(address)));
    }

    @Override
    public List<Member> members() {
        return List.copyOf(members.values());
    }

    @Override
    public boolean verify(String address, String password) {
        String hash = passwordHashes.get(Member.normalise(address));
        return hash != null && PasswordHash.matches(hash, password);
    }

    private static Role role(String text, String where) {
        try {
            return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown role '" + text + "', expected one of "
                    + Arrays.toString(Role.values()), e);
        }
    }

    private static Set<String> classes(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static List<String> fields(String line, String where) {
        try {
            return CsvLine.split(line).stream().map(String::strip).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
