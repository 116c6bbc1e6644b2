-- Class controls (portable SQL: H2 and PostgreSQL).

-- A pupil's latest pause (a sanction: "removal of computer access for a period"). While paused_until is in the
-- future the pupil cannot log on by any path, and a session already open ends within seconds.
create table pupil_pause (
    member_id    bigint primary key references member (id),
    paused_until timestamp with time zone not null,
    paused_at    timestamp with time zone not null,
    paused_by    varchar(100) not null
);

-- The school's pupil log-on hours as a DSL or administrator last saved them (one row, id 1). Without a row the
-- configuration (kiosk.school-hours.*) applies. days: day names, comma-separated (MONDAY,TUESDAY,...).
create table school_hours (
    id         integer primary key,
    enabled    boolean not null,
    days       varchar(100) not null,
    opens_at   time not null,
    closes_at  time not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(100) not null
);
