package ro.dosar.documents;

import java.time.LocalDateTime;

/** A generated document of a contest (without its content). */
public record ContestDocument(long id, long contestId, String kind, String title,
    LocalDateTime createdAt, int sizeBytes, String sha256) {
}
