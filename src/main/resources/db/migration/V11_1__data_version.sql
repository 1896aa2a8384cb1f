-- A counter of the writes that change what pages and the API show (articles, encounters, statements,
-- people, topics, corrections): every such transaction adds one before it commits. Pages and API
-- answers carry it in their ETag, so a client revalidates with one primary-key read and gets 304 when
-- nothing was ingested or curated since (docs/performance.md).
create table data_version (
    id       integer  not null primary key,
    version  bigint   not null
);
insert into data_version (id, version) values (1, 0);
