package org.clustermodels.core.hierarchy;

/**
 * An indexed binary min-heap of doubles with keys 0..m-1, whose values can be changed in place: the priority
 * queue of the generic algorithm (Müllner 2011). The layout (children of i at 2i + 1 and 2i + 2, heapified
 * bottom-up, sift up on decrease and down otherwise, the smaller child first and the left one on equal
 * values) is the one SciPy's {@code fast_linkage} uses, so that equal values come out in the same order.
 */
final class VectorMinHeap {
  private final int[] indexOfKey;
  private final int[] keyAt;
  private final double[] values;
  private int size;

  /**
   * @param initial the value of each key, copied
   */
  VectorMinHeap(double[] initial) {
    size = initial.length;
    values = initial.clone();
    indexOfKey = new int[size];
    keyAt = new int[size];
    for (int i = 0; i < size; i++) {
      indexOfKey[i] = i;
      keyAt[i] = i;
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

  /** Removes the key with the smallest value. */
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
    int index = indexOfKey[key];
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
    indexOfKey[ki] = j;
    indexOfKey[kj] = i;
  }
}
