-- Picture log-on (portable SQL: H2 and PostgreSQL).

-- A class whose pupils log on by tapping pictures instead of typing a password; a class with no row types passwords.
create table picture_logon_class (
    class_id    bigint primary key references school_class (id),
    pictures_on boolean not null,
    changed_at  timestamp with time zone not null,
    changed_by  bigint references member (id)
);

-- Each pupil's three pictures in order, hashed like a password: the kiosk can check them, never show them again.
create table picture_secret (
    member_id     bigint primary key references member (id),
    sequence_hash varchar(200) not null,
    set_at        timestamp with time zone not null,
    set_by        bigint references member (id)
);
