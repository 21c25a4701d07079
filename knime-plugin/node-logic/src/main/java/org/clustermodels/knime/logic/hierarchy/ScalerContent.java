package org.clustermodels.knime.logic.hierarchy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.clustermodels.core.data.Scaler;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;

/**
 * Stores a fitted {@link Scaler} in model content and restores it bit for bit. The offsets and divisors are
 * stored as plain numbers (readable, and what a future {@code Scaler} factory would take); because the core
 * offers no way yet to rebuild a scaler from them, the scaler's own Java serialisation is stored beside them
 * (Base64) and read back with a filter that admits only the scaler's classes. On loading, the restored scaler
 * must agree with the plain numbers.
 */
final class ScalerContent {
  static final String KEY_STANDARDIZATION = "standardization";
  static final String KEY_OFFSETS = "offsets";
  static final String KEY_DIVISORS = "divisors";
  static final String KEY_SERIALIZED = "serialized";

  private static final Set<String> ADMITTED = Set.of(Scaler.class.getName(), Standardization.class.getName(),
      Enum.class.getName(), double[].class.getName());

  private ScalerContent() {
  }

  static void save(Scaler scaler, SettingsWriter writer) {
    writer.putString(KEY_STANDARDIZATION, SettingsValues.id(scaler.method()));
    writer.putDoubleArray(KEY_OFFSETS, scaler.offsets());
    writer.putDoubleArray(KEY_DIVISORS, scaler.divisors());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(scaler);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise the scaler", e); // in memory: does not happen
    }
    writer.putString(KEY_SERIALIZED, Base64.getEncoder().encodeToString(bytes.toByteArray()));
  }

  static Scaler load(SettingsReader reader, String option) throws SettingsException {
    Standardization method = SettingsValues.choice(reader, KEY_STANDARDIZATION, option,
        HierarchyNodeSettings::scalingFromId);
    double[] offsets = SettingsValues.read(reader, KEY_OFFSETS, option, SettingsReader::getDoubleArray);
    double[] divisors = SettingsValues.read(reader, KEY_DIVISORS, option, SettingsReader::getDoubleArray);
    String text = SettingsValues.read(reader, KEY_SERIALIZED, option, SettingsReader::getString);
    Scaler scaler;
    try (ObjectInputStream in = new FilteredInput(new ByteArrayInputStream(Base64.getDecoder().decode(
        text == null ? "" : text)))) {
      scaler = (Scaler) in.readObject();
    } catch (IOException | ClassNotFoundException | ClassCastException | IllegalArgumentException e) {
      throw new SettingsException(option + ": the stored scaling cannot be read (" + e + ")", e);
    }
    if (scaler.method() != method || !Arrays.equals(scaler.offsets(), offsets)
        || !Arrays.equals(scaler.divisors(), divisors)) {
      throw new SettingsException(option + ": the stored scaling contradicts its offsets and divisors");
    }
    return scaler;
  }

  /** Reads only the scaler's classes, resolved through the core's class loader (as in an OSGi bundle). */
  private static final class FilteredInput extends ObjectInputStream {
    FilteredInput(InputStream in) throws IOException {
      super(in);
      setObjectInputFilter(info -> {
        if (info.depth() > 4 || info.references() > 16 || info.arrayLength() > Integer.MAX_VALUE / 16) {
          return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> c = info.serialClass();
        return c == null || ADMITTED.contains(c.getName()) ? ObjectInputFilter.Status.ALLOWED
            : ObjectInputFilter.Status.REJECTED;
      });
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
      if (!ADMITTED.contains(desc.getName())) {
        throw new ClassNotFoundException("not a class of a scaler: " + desc.getName());
      }
      return Class.forName(desc.getName(), false, Scaler.class.getClassLoader());
    }
  }
}
