package com.routebook.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * COPY's text format read back: what {@link CopyText.Rows} writes reads back to the same fields,
 * and the escapes PostgreSQL writes or reads are undone. Rows from a real server are read in the
 * export's contract test (JdbcDirectoryExportContractTest).
 */
class CopyTextTest {

  private static String[] read(String row) {
    return CopyText.fields(row.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fields_split_at_tabs_with_null_and_empty_apart() {
    assertThat(read("a\t\\N\t\tb\n")).containsExactly("a", null, "", "b");
    assertThat(read("only")).containsExactly("only");
    assertThat(read("\n")).containsExactly("");
    assertThat(read("\\\\N")).containsExactly("\\N");
  }

  @Test
  void the_escapes_postgresql_writes_and_reads_are_undone() {
    assertThat(read("\\b\\f\\n\\r\\t\\v\\\\")).containsExactly("\b\f\n\r\t\u000b\\");
    assertThat(read("\\101\\7\\0601\\x41\\x4a1\\xg\\q")).containsExactly("A\u0007" + "01AJ1xgq");
    assertThat(read("\\303\\245 \\xc3\\xa4 \u00f6")).containsExactly("\u00e5 \u00e4 \u00f6");
    assertThat(read("end\\")).containsExactly("end\\");
  }

  @Test
  void every_row_written_reads_back_to_its_fields() throws Exception {
    Random random = new Random(20261203);
    char[] alphabet = "ab\\\t\n\rN\u0001\u007f\u00e5\u20ac'\" ,x0178".toCharArray();
    for (int n = 0; n < 5_000; n++) {
      List<String> values = randomRow(random, alphabet, 6, 12);
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) != null && random.nextInt(20) == 0) {
          // outside the basic plane: two chars, four bytes
          values.set(i, values.get(i) + new String(Character.toChars(0x1F600)));
        }
      }
      byte[] row = written(1 << 16, rows -> rows.row(values));
      assertThat(Arrays.asList(CopyText.fields(row)))
          .as(new String(row, StandardCharsets.UTF_8))
          .isEqualTo(values);
    }
  }

  @Test
  void rows_encoded_a_buffer_at_a_time_are_the_same_bytes_whatever_the_buffer() throws Exception {
    Random random = new Random(20261204);
    char[] alphabet =
        "ab\\\t\n\rN\u0001\u007f\u00e5\u07ff\u0800\u20ac\ud83d\ude00'\" x".toCharArray();
    List<List<String>> table = new ArrayList<>();
    for (int n = 0; n < 2_000; n++) {
      table.add(randomRow(random, alphabet, 5, 14)); // lone surrogates too
    }
    CopyText.RowSource source =
        rows -> {
          for (int n = 0; n < table.size(); n++) {
            if (n % 2 == 0) {
              rows.row(table.get(n));
            } else {
              rows.rowWith(table.get(n), "1");
            }
          }
        };
    byte[] whole = written(1 << 20, source);
    String[] lines = new String(whole, StandardCharsets.UTF_8).split("\n", -1);
    assertThat(lines).hasSize(table.size() + 1); // a line a row, newlines in fields escaped
    for (int size : new int[] {4, 5, 7, 64, 1 << 16}) {
      assertThat(written(size, source)).as("buffer of %d bytes", size).isEqualTo(whole);
    }
  }

  /** What the source writes through a buffer of size bytes, each write at most that long. */
  private static byte[] written(int size, CopyText.RowSource source) throws Exception {
    java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();
    CopyText.Rows rows =
        new CopyText.Rows(
            (bytes, length) -> {
              assertThat(length).isPositive().isLessThanOrEqualTo(size);
              sent.write(bytes, 0, length);
            },
            size);
    source.writeTo(rows);
    rows.flush();
    return sent.toByteArray();
  }

  /**
   * A row of 1 to most fields, one in eight of them null, the others up to longest characters drawn
   * from the alphabet.
   */
  private static List<String> randomRow(Random random, char[] alphabet, int most, int longest) {
    List<String> values = new ArrayList<>();
    int count = 1 + random.nextInt(most);
    for (int i = 0; i < count; i++) {
      if (random.nextInt(8) == 0) {
        values.add(null);
        continue;
      }
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(longest);
      for (int k = 0; k < length; k++) {
        value.append(alphabet[random.nextInt(alphabet.length)]);
      }
      values.add(value.toString());
    }
    return values;
  }
}
