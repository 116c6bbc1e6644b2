package uk.safekiosk.gateway.journal;

/** What a compaction did: the log's size before and after, and how many entries the new log holds. */
public record Compacted(long bytesBefore, long bytesAfter, long entries) {}
