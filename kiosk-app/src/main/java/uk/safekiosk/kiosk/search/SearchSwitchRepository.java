package uk.safekiosk.kiosk.search;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SearchSwitchRepository extends JpaRepository<SearchSwitchSetting, Long> {

    List<SearchSwitchSetting> findByEnabledTrue();
}
