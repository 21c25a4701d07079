package org.clustermodels.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with one header row (RFC 4180 quoting, comma separator, empty lines and a leading byte order mark ignored) with Commons
 * CSV. A column is numeric if every non-missing value is a number (see {@link NumberText}). Every data row
 * must have as many values as the header.
 */
final class CsvTableReader {
  private CsvTableReader() {
  }

  /**
   * @param in the text; not closed
   * @param source the file name, for messages
   * @param keepText whether to keep the text of the non-numeric columns (see {@link Table.Builder})
   * @return the table
   * @throws IOException if reading fails
   * @throws CliException for an empty file, a ragged row or a syntax error
   */
  static Table read(Reader reader, String source, boolean keepText) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    in.mark(1);
    if (in.read() != '\uFEFF') { // a byte order mark (Excel's "CSV UTF-8") is not part of the first name
      in.reset();
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    Table.Builder table = new Table.Builder(source, keepText);
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      Iterator<CSVRecord> it = parser.iterator();
      if (!it.hasNext()) {
        throw new CliException(source + ": the file is empty (expected a header row, then data rows)");
      }
      CSVRecord header = it.next();
      for (int j = 0; j < header.size(); j++) {
        String name = header.get(j).trim();
        table.addInferredColumn(name.isEmpty() ? "column " + (j + 1) : name);
      }
      while (it.hasNext()) {
        CSVRecord record = it.next();
        if (record.size() != table.width()) {
          throw new CliException(source + ": row " + table.currentRow() + " has " + record.size()
              + (record.size() == 1 ? " value" : " values") + ", the header has " + table.width() + " columns");
        }
        for (int j = 0; j < record.size(); j++) {
          table.cell(j, record.get(j).trim(), false);
        }
        table.endRow();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return table.build();
  }
}
