package org.placette.matchmaking.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Kept frequencies against what Lucene counts, as segments come and go. */
class SegmentFrequenciesTest {

  private final SegmentFrequencies frequencies = new SegmentFrequencies();

  @Test
  void answersWhatTheReaderCountsAsSegmentsAreAddedAndDeletedFrom() throws IOException {
    try (var directory = new ByteBuffersDirectory();
        var writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      add(writer, "1", "fuite eau reseau");
      add(writer, "2", "fuite chaleur");
      writer.commit();
      try (DirectoryReader first = DirectoryReader.open(directory)) {
        var reading = frequencies.open(first);
        assertThat(reading.documentFrequency("text", "fuite")).isEqualTo(2);
        assertThat(reading.documentFrequency("text", "eau")).isEqualTo(1);
        assertThat(reading.documentFrequency("text", "absent")).isZero();

        add(writer, "3", "fuite eau compteur");
        writer.commit();
        try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
          var grown = frequencies.open(second);
          assertThat(grown.documentFrequency("text", "fuite")).isEqualTo(second.docFreq(new Term("text", "fuite"))).isEqualTo(3);
          assertThat(grown.documentFrequency("text", "eau")).isEqualTo(2);
          assertThat(grown.version()).isNotEqualTo(reading.version());
          assertThat(frequencies.open(second).version()).isEqualTo(grown.version());

          writer.deleteDocuments(new Term("id", "2"));
          writer.commit();
          try (DirectoryReader third = DirectoryReader.openIfChanged(second)) {
            // Lucene still counts the deleted document in its segment's frequencies until a
            // merge; the document count changes at once, and with it the version.
            var deleted = frequencies.open(third);
            assertThat(deleted.documentFrequency("text", "fuite")).isEqualTo(third.docFreq(new Term("text", "fuite")));
            assertThat(deleted.version()).isNotEqualTo(grown.version());
          }
        }
        assertThat(frequencies.open(first).documentFrequency("text", "fuite")).isEqualTo(2);
      }
    }
  }

  @Test
  void readsInBulkWhatTheReaderCountsTermByTerm() throws IOException {
    try (var directory = new ByteBuffersDirectory();
        var writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      add(writer, "1", "fuite eau reseau");
      writer.commit();
      add(writer, "2", "fuite chaleur");
      add(writer, "3", "compteur eau");
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSize(2);
        frequencies.open(reader).documentFrequency("text", "eau");

        var reading = frequencies.open(reader);
        reading.prefetch("text", List.of("eau", "fuite", "chaleur", "absent", "fuite"));
        reading.prefetch("no_such_field", List.of("eau"));

        for (String term : List.of("eau", "fuite", "chaleur", "absent", "reseau")) {
          assertThat(reading.documentFrequency("text", term)).as(term).isEqualTo(reader.docFreq(new Term("text", term)));
        }
        assertThat(reading.documentFrequency("no_such_field", "eau")).isZero();
        assertThat(frequencies.open(reader).documentFrequency("text", "chaleur")).isEqualTo(1);
      }
    }
  }

  private static void add(IndexWriter writer, String id, String text) throws IOException {
    Document document = new Document();
    document.add(new StringField("id", id, Field.Store.NO));
    document.add(new TextField("text", text, Field.Store.NO));
    writer.addDocument(document);
  }
}
