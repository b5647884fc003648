package ro.dosar.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import ro.dosar.calendar.EngineClock;

/**
 * The {@code contest_document} table and the one way a document is made: rendered from its
 * template ({@link PdfRenderer}) and stored with its SHA-256, in the transaction of the step that
 * produces it.
 */
@Service
public class ContestDocuments {

  private final JdbcClient jdbc;
  private final PdfRenderer renderer;

  public ContestDocuments(JdbcClient jdbc, PdfRenderer renderer) {
    this.jdbc = jdbc;
    this.renderer = renderer;
  }

  /** Renders and stores a document; returns its id. */
  public long generate(long contestId, String kind, String title, Map<String, Object> model) {
    return store(contestId, kind, title, renderer.render(kind, model));
  }

  /**
   * Renders a document and attaches other documents of the contest after its own pages (the
   * final report with the score sheets, §8.5C(11)); returns its id.
   */
  public long generateWithAttachments(long contestId, String kind, String title,
      Map<String, Object> model, List<Long> attachments) {
    org.apache.pdfbox.multipdf.PDFMergerUtility merger =
        new org.apache.pdfbox.multipdf.PDFMergerUtility();
    merger.addSource(new org.apache.pdfbox.io.RandomAccessReadBuffer(
        renderer.render(kind, model)));
    for (long attachment : attachments) {
      merger.addSource(new org.apache.pdfbox.io.RandomAccessReadBuffer(content(attachment)));
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    merger.setDestinationStream(out);
    try {
      merger.mergeDocuments(org.apache.pdfbox.io.IOUtils.createMemoryOnlyStreamCache());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return store(contestId, kind, title, out.toByteArray());
  }

  /**
   * Renders and stores a document of another procedure, owned by its business key
   * ({@code DISCIPLINA-3}, {@code EVALUARE-ana-2026}); returns its id.
   */
  public long generateFor(String ownerKey, String kind, String title, Map<String, Object> model) {
    byte[] pdf = renderer.render(kind, model);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO contest_document (owner_key, kind, title, created_at, size_bytes, "
            + "sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(ownerKey, kind, title, EngineClock.timestamp(), pdf.length, sha256(pdf),
            pdf)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  /** The documents of a procedure owned by its business key, in order. */
  public List<ContestDocument> ofOwner(String ownerKey) {
    return jdbc.sql("SELECT id, COALESCE(contest_id, 0) AS contest_id, kind, title, created_at, "
            + "size_bytes, sha256 FROM contest_document WHERE owner_key = ? ORDER BY id")
        .param(ownerKey).query(ContestDocument.class).list();
  }

  private long store(long contestId, String kind, String title, byte[] pdf) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO contest_document (contest_id, kind, title, created_at, size_bytes, "
            + "sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(contestId, kind, title, EngineClock.timestamp(), pdf.length, sha256(pdf),
            pdf)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public List<ContestDocument> of(long contestId) {
    return jdbc.sql("SELECT id, contest_id, kind, title, created_at, size_bytes, sha256 "
            + "FROM contest_document WHERE contest_id = ? ORDER BY id")
        .param(contestId).query(ContestDocument.class).list();
  }

  public Optional<ContestDocument> find(long contestId, long id) {
    return jdbc.sql("SELECT id, contest_id, kind, title, created_at, size_bytes, sha256 "
            + "FROM contest_document WHERE contest_id = ? AND id = ?")
        .params(contestId, id).query(ContestDocument.class).optional();
  }

  public byte[] content(long id) {
    return jdbc.sql("SELECT content FROM contest_document WHERE id = ?").param(id)
        .query(byte[].class).single();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
