package org.clustermodels.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A small reader of Weka's ARFF format, enough for clustering input (no Weka dependency): {@code @relation},
 * {@code @attribute} with {@code numeric}/{@code real}/{@code integer}, nominal {@code {a,b,c}}, {@code string}
 * and {@code date} types, names and values in single or double quotes (backslash escapes), {@code ?} for a
 * missing value, {@code %} comments (whole lines, or the rest of a line outside quotes), keywords in any
 * case, and sparse rows {@code {index value, ...}} (omitted numeric values are 0). Numeric attributes become
 * numeric columns; a value in them that is not a number is an error. Relational attributes and instance
 * weights ({@code {w}} after a row) are rejected with a message.
 */
final class ArffTableReader {
  private final BufferedReader in;
  private final String source;
  private final Table.Builder table;
  private final List<Boolean> numeric = new ArrayList<>();
  private int line;

  private ArffTableReader(BufferedReader in, String source, boolean keepText) {
    this.in = in;
    this.source = source;
    this.table = new Table.Builder(source, keepText);
  }

  /**
   * @param in the text; not closed
   * @param source the file name, for messages
   * @param keepText whether to keep the text of the non-numeric attributes (see {@link Table.Builder})
   * @return the table
   * @throws IOException if reading fails
   * @throws CliException for a malformed file, naming the line or data row
   */
  static Table read(BufferedReader in, String source, boolean keepText) throws IOException {
    return new ArffTableReader(in, source, keepText).read();
  }

  private Table read() throws IOException {
    readHeader();
    String text;
    while ((text = in.readLine()) != null) {
      line++;
      String t = text.strip();
      if (t.isEmpty() || t.startsWith("%")) {
        continue;
      }
      String[] cells = t.startsWith("{") ? sparseRow(t) : denseRow(t);
      for (int j = 0; j < cells.length; j++) {
        table.cell(j, cells[j], numeric.get(j));
      }
      table.endRow();
    }
    return table.build();
  }

  private void readHeader() throws IOException {
    boolean relation = false;
    boolean any = false;
    String text;
    while ((text = in.readLine()) != null) {
      line++;
      String t = (line == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text).strip();
      if (t.isEmpty() || t.startsWith("%")) {
        continue;
      }
      any = true;
      if (isKeyword(t, "@relation")) {
        relation = true;
      } else if (isKeyword(t, "@attribute")) {
        if (!relation) {
          throw error("@attribute before @relation");
        }
        attribute(t.substring("@attribute".length()).strip());
      } else if (isKeyword(t, "@data")) {
        if (table.width() == 0) {
          throw error("@data without any @attribute before it");
        }
        return;
      } else {
        throw error("expected @relation, @attribute or @data, found '" + abbreviate(t) + "'");
      }
    }
    throw new CliException(source + (any ? ": no @data section" : ": the file is empty (expected an ARFF header)"));
  }

  private void attribute(String rest) {
    Cursor c = new Cursor(rest);
    String name = c.token(true);
    if (name == null || name.isEmpty()) {
      throw error("@attribute without a name");
    }
    String type = rest.substring(c.pos).strip();
    String lower = type.toLowerCase(Locale.ROOT);
    if (isKeyword(lower, "numeric") || isKeyword(lower, "real") || isKeyword(lower, "integer")) {
      table.addDeclaredColumn(name, true, "numeric attribute");
      numeric.add(true);
    } else if (lower.startsWith("{")) {
      table.addDeclaredColumn(name, false, "nominal attribute");
      numeric.add(false);
    } else if (isKeyword(lower, "string")) {
      table.addDeclaredColumn(name, false, "string attribute");
      numeric.add(false);
    } else if (isKeyword(lower, "date")) {
      table.addDeclaredColumn(name, false, "date attribute");
      numeric.add(false);
    } else if (isKeyword(lower, "relational")) {
      throw error("attribute '" + name + "' is relational; relational attributes are not supported");
    } else {
      throw error("attribute '" + name + "' has an unknown type '" + abbreviate(type) + "'");
    }
  }

  private String[] denseRow(String t) {
    List<String> values = new ArrayList<>();
    Cursor c = new Cursor(t);
    while (true) {
      values.add(c.token(false));
      if (!c.comma()) {
        break;
      }
    }
    int width = table.width();
    if (values.size() == width + 1 && t.endsWith("}") && values.get(width).startsWith("{")) {
      throw rowError("has an instance weight " + values.get(width) + "; instance weights are not supported");
    }
    if (values.size() != width) {
      throw rowError("has " + values.size() + (values.size() == 1 ? " value" : " values") + ", expected " + width
          + " (one per @attribute)");
    }
    return values.toArray(new String[0]);
  }

  private String[] sparseRow(String t) {
    int end = closingBrace(t);
    String inner = t.substring(1, end).strip();
    String after = t.substring(end + 1).strip();
    if (!after.isEmpty() && !after.startsWith("%")) {
      throw rowError("has text after the sparse row's '}' (instance weights are not supported)");
    }
    String[] cells = new String[table.width()];
    Arrays.fill(cells, "0");
    if (inner.isEmpty()) {
      return cells;
    }
    Cursor c = new Cursor(inner);
    while (true) {
      c.skipSpace();
      int start = c.pos;
      while (c.pos < c.s.length() && !Character.isWhitespace(c.s.charAt(c.pos)) && c.s.charAt(c.pos) != ',') {
        c.pos++;
      }
      String index = c.s.substring(start, c.pos);
      int j;
      try {
        j = Integer.parseInt(index);
      } catch (NumberFormatException e) {
        throw rowError("sparse index '" + index + "' is not a whole number");
      }
      if (j < 0 || j >= cells.length) {
        throw rowError("sparse index " + j + " is outside 0.." + (cells.length - 1));
      }
      cells[j] = c.token(false);
      if (!c.comma()) {
        break;
      }
    }
    return cells;
  }

  private int closingBrace(String t) {
    char quote = 0;
    for (int i = 1; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (quote != 0) {
        if (ch == '\\') {
          i++;
        } else if (ch == quote) {
          quote = 0;
        }
      } else if (ch == '\'' || ch == '"') {
        quote = ch;
      } else if (ch == '}') {
        return i;
      }
    }
    throw rowError("sparse row without a closing '}'");
  }

  private static boolean isKeyword(String text, String keyword) {
    return text.regionMatches(true, 0, keyword, 0, keyword.length())
        && (text.length() == keyword.length() || Character.isWhitespace(text.charAt(keyword.length())));
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  private CliException error(String message) {
    return new CliException(source + ": line " + line + ": " + message);
  }

  private CliException rowError(String message) {
    return new CliException(source + ": row " + table.currentRow() + " (line " + line + ") " + message);
  }

  /** Reads tokens (bare or quoted) and commas from one line. */
  private final class Cursor {
    final String s;
    int pos;

    Cursor(String s) {
      this.s = s;
    }

    void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    /**
     * @param name whether this is an attribute name (ends at white space) or a value (ends at a comma)
     * @return the unquoted token, trimmed
     */
    String token(boolean name) {
      skipSpace();
      if (pos < s.length() && (s.charAt(pos) == '\'' || s.charAt(pos) == '"')) {
        char quote = s.charAt(pos++);
        StringBuilder b = new StringBuilder();
        while (true) {
          if (pos >= s.length()) {
            throw error("unterminated quote " + quote);
          }
          char ch = s.charAt(pos++);
          if (ch == quote) {
            break;
          }
          if (ch == '\\' && pos < s.length()) {
            char e = s.charAt(pos++);
            b.append(switch (e) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              default -> e;
            });
          } else {
            b.append(ch);
          }
        }
        return b.toString();
      }
      int start = pos;
      while (pos < s.length()) {
        char ch = s.charAt(pos);
        if (name ? Character.isWhitespace(ch) || ch == '{' : ch == ',' || ch == '%') {
          break;
        }
        pos++;
      }
      return s.substring(start, pos).strip();
    }

    /** @return true if a comma follows (and is consumed); false at the end of the line or a comment */
    boolean comma() {
      skipSpace();
      if (pos < s.length() && s.charAt(pos) == ',') {
        pos++;
        return true;
      }
      if (pos < s.length() && s.charAt(pos) != '%') {
        throw error("unexpected '" + s.charAt(pos) + "' after a value");
      }
      pos = s.length();
      return false;
    }
  }
}
