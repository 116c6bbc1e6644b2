-- Portable SQL: runs on H2 (embedded default) and PostgreSQL.

-- The language of every screen of the school (en or cy), chosen by the administrator.
alter table school add column language varchar(8) default 'en' not null;

-- The pupils' layout of a class: KS1 (bigger targets, more pictures, fewer words) or KS2. A class with no row uses its
-- year group (Reception to Year 2: KS1).
create table class_layout (
    class_id   bigint primary key references school_class (id),
    key_stage  varchar(3) not null,
    changed_at timestamp with time zone not null,
    changed_by bigint references member (id)
);
