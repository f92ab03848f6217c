package org.placette.matchmaking.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

  private static void add(IndexWriter writer, String id, String text) throws IOException {
    Document document = new Document();
    document.add(new StringField("id", id, Field.Store.NO));
    document.add(new TextField("text", text, Field.Store.NO));
    writer.addDocument(document);
  }
}
