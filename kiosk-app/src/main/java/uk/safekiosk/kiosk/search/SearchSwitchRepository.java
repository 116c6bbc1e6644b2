package uk.safekiosk.kiosk.search;

import org.springframework.data.jpa.repository.JpaRepository;

interface SearchSwitchRepository extends JpaRepository<SearchSwitchSetting, Long> {
}
