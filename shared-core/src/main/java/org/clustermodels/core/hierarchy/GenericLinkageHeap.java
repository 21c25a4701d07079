package org.clustermodels.core.hierarchy;

/**
 * An indexed binary min-heap for {@link GenericLinkage} and {@link VectorGenericLinkage}: keys 0 .. m-1 (cluster slots) with a value each (the
 * lower bound of the slot's nearest-neighbour distance); the minimum, its removal and a change of any key's value
 * in O(log m). Equal values keep the heap's structural order (a parent is never swapped with an equal child),
 * as the binary heap of SciPy's {@code fast_linkage} does.
 */
final class GenericLinkageHeap {
  private final double[] values;
  private final int[] keyAt;
  private final int[] indexOf;
  private int size;

  /**
   * Builds the heap in O(m).
   *
   * @param initial the value of each key 0 .. m-1; copied
   */
  GenericLinkageHeap(double[] initial) {
    size = initial.length;
    values = initial.clone();
    keyAt = new int[size];
    indexOf = new int[size];
    for (int i = 0; i < size; i++) {
      keyAt[i] = i;
      indexOf[i] = i;
    }
    for (int i = size / 2 - 1; i >= 0; i--) {
      siftDown(i);
    }
  }

  /** @return the key with the smallest value */
  int minKey() {
    return keyAt[0];
  }

  /** @return the smallest value */
  double minValue() {
    return values[0];
  }

  /** Removes the minimum. */
  void removeMin() {
    swap(0, size - 1);
    size--;
    siftDown(0);
  }

  /**
   * @param key a key still in the heap
   * @param value its new value
   */
  void change(int key, double value) {
    int index = indexOf[key];
    double old = values[index];
    values[index] = value;
    if (value < old) {
      siftUp(index);
    } else {
      siftDown(index);
    }
  }

  private void siftUp(int index) {
    while (index > 0) {
      int parent = (index - 1) >> 1;
      if (!(values[parent] > values[index])) {
        return;
      }
      swap(index, parent);
      index = parent;
    }
  }

  private void siftDown(int index) {
    int child = 2 * index + 1;
    while (child < size) {
      if (child + 1 < size && values[child + 1] < values[child]) {
        child++;
      }
      if (!(values[index] > values[child])) {
        return;
      }
      swap(index, child);
      index = child;
      child = 2 * index + 1;
    }
  }

  private void swap(int i, int j) {
    double v = values[i];
    values[i] = values[j];
    values[j] = v;
    int ki = keyAt[i];
    int kj = keyAt[j];
    keyAt[i] = kj;
    keyAt[j] = ki;
    indexOf[ki] = j;
    indexOf[kj] = i;
  }
}
