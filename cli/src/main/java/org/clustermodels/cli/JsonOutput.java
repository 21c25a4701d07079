package org.clustermodels.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.clustermodels.core.hierarchy.Dendrogram;

/**
 * JSON building blocks shared by the clustering commands, with Jackson. Numbers are written in shortest
 * round-trip form; a non-finite number is written as {@code null}, so the output is always valid JSON.
 * Objects are indented, arrays of numbers stay on one line. Non-ASCII characters (e.g. in column names) are
 * written as {@code \}{@code uXXXX} escapes, so the output is the same JSON whatever the console's encoding.
 */
public final class JsonOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)))
      .with(JsonWriteFeature.ESCAPE_NON_ASCII);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonOutput() {
  }

  /** @return a new empty object; fields keep their insertion order */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /**
   * @param value a number
   * @return it as a node, or null if it is NaN or infinite
   */
  public static JsonNode number(double value) {
    return Double.isFinite(value) ? NODES.numberNode(value) : NODES.nullNode();
  }

  /**
   * @param value a number or null
   * @return it as a node; null if null or not finite
   */
  public static JsonNode number(Double value) {
    return value == null ? NODES.nullNode() : number(value.doubleValue());
  }

  /**
   * @param names strings
   * @return them as an array
   */
  public static ArrayNode strings(List<String> names) {
    ArrayNode a = NODES.arrayNode(names.size());
    names.forEach(a::add);
    return a;
  }

  /**
   * Labels in input row order: one entry per input row, {@code null} for rows left out of the clustering.
   *
   * @param labels one label per matrix row
   * @param data the input, for the row mapping
   * @return the array
   */
  public static ArrayNode labels(int[] labels, InputData data) {
    ArrayNode a = NODES.arrayNode(data.inputRows());
    for (int i = 0; i < data.inputRows(); i++) {
      int r = data.matrixRow(i);
      if (r < 0) {
        a.addNull();
      } else {
        a.add(labels[r]);
      }
    }
    return a;
  }

  /**
   * @param rows rows of numbers
   * @return an array of arrays
   */
  public static ArrayNode matrix(double[][] rows) {
    ArrayNode a = NODES.arrayNode(rows.length);
    for (double[] row : rows) {
      ArrayNode r = a.addArray();
      for (double v : row) {
        r.add(number(v));
      }
    }
    return a;
  }

  /**
   * @param values numbers
   * @return them as an array, each non-finite one as null
   */
  public static ArrayNode numbers(double[] values) {
    ArrayNode a = NODES.arrayNode(values.length);
    for (double v : values) {
      a.add(number(v));
    }
    return a;
  }

  /**
   * A tree as SciPy's linkage matrix: one row {@code [a, b, height, size]} per merge, in merge order, with the
   * ids {@code a < b} and the size as integers.
   *
   * @param tree the tree
   * @return an array of n - 1 arrays
   */
  public static ArrayNode linkage(Dendrogram tree) {
    ArrayNode a = NODES.arrayNode(tree.mergeCount());
    for (int t = 0; t < tree.mergeCount(); t++) {
      ArrayNode row = a.addArray();
      row.add(tree.left(t)).add(tree.right(t)).add(number(tree.height(t))).add(tree.size(t));
    }
    return a;
  }

  /**
   * @param readNanos wall time of reading and preparing the input
   * @param fitNanos wall time of the clustering
   * @return {@code {"read_seconds": .., "fit_seconds": ..}}
   */
  public static ObjectNode timing(long readNanos, long fitNanos) {
    ObjectNode t = object();
    t.put("read_seconds", seconds(readNanos));
    t.put("fit_seconds", seconds(fitNanos));
    return t;
  }

  /**
   * @param nanos nanoseconds
   * @return seconds, rounded to microseconds
   */
  static double seconds(long nanos) {
    return Math.round(nanos / 1e3) / 1e6;
  }

  /**
   * Writes a node, indented, followed by a newline.
   *
   * @param node the node
   * @param out the writer; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(JsonNode node, Writer out) throws IOException {
    WRITER.writeValue(out, node);
    out.write(System.lineSeparator());
    out.flush();
  }
}
