package uk.safekiosk.gateway.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SitesCsvTest {

    @Test
    void readsTheHostOfEveryAddress() {
        String csv = """
                id,title,address,min_age,max_age,subjects
                s1,"Space, for kids",https://WWW.Space.example.org/start,5,11,"science, space"
                s2,Maths,maths.example.com/games,7,11,maths
                s3,"Say \"\"hi\"\"",http://hello.example.net:8080/x?y=1,4,6,english
                s4,No address,,4,6,none
                """;

        assertThat(SitesCsv.hosts(csv))
                .containsExactlyInAnyOrder("space.example.org", "maths.example.com", "hello.example.net");
    }

    @Test
    void findsTheAddressColumnByName() {
        String csv = "address,id\nhttps://first.example.org,1\n";

        assertThat(SitesCsv.hosts(csv)).containsExactly("first.example.org");
    }

    @Test
    void aFileWithoutAnAddressColumnFailsClearly() {
        assertThatThrownBy(() -> SitesCsv.hosts("id,title,url\n1,x,https://x.example.org\n"))
                .hasMessageContaining("search/sites.csv")
                .hasMessageContaining("address");
    }

}
