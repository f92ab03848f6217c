package org.placette.matchmaking.internal.scoring;

import java.util.Arrays;
import java.util.Map;

/**
 * Weighed terms of one language, ordered by the terms' hash codes, so that the dot product of two
 * vectors is one merge of two sorted int arrays instead of a hash lookup per term: the scorer
 * takes hundreds of such products per scoring. A String caches its hash code, so ordering costs
 * one sort when the vector is made.
 */
final class TermVector {

  private final int[] hashes;
  private final String[] terms;
  private final float[] weights;

  private TermVector(int[] hashes, String[] terms, float[] weights) {
    this.hashes = hashes;
    this.terms = terms;
    this.weights = weights;
  }

  /** The weights as they are. */
  static TermVector of(Map<String, Double> weighed) {
    return ordered(weighed, 1);
  }

  /** The weights scaled to unit length. */
  static TermVector unit(Map<String, Double> weighed) {
    return ordered(weighed, Math.sqrt(weighed.values().stream().mapToDouble(v -> v * v).sum()));
  }

  private static TermVector ordered(Map<String, Double> weighed, double norm) {
    String[] unordered = weighed.keySet().toArray(new String[0]);
    long[] order = new long[unordered.length];
    for (int i = 0; i < unordered.length; i++) {
      order[i] = ((long) unordered[i].hashCode() << 32) | i;
    }
    Arrays.sort(order);
    int[] hashes = new int[order.length];
    String[] terms = new String[order.length];
    float[] weights = new float[order.length];
    for (int i = 0; i < order.length; i++) {
      String term = unordered[(int) order[i]];
      hashes[i] = (int) (order[i] >> 32);
      terms[i] = term;
      weights[i] = (float) (weighed.get(term) / norm);
    }
    return new TermVector(hashes, terms, weights);
  }

  double dot(TermVector other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < hashes.length && j < other.hashes.length) {
      int hash = hashes[i];
      if (hash < other.hashes[j]) {
        i++;
      } else if (hash > other.hashes[j]) {
        j++;
      } else {
        // Terms sharing a hash code: compare each with each (nearly always one on each side).
        int end = i;
        while (end < hashes.length && hashes[end] == hash) {
          end++;
        }
        int otherEnd = j;
        while (otherEnd < other.hashes.length && other.hashes[otherEnd] == hash) {
          otherEnd++;
        }
        for (int a = i; a < end; a++) {
          for (int b = j; b < otherEnd; b++) {
            if (terms[a].equals(other.terms[b])) {
              dot += (double) weights[a] * other.weights[b];
            }
          }
        }
        i = end;
        j = otherEnd;
      }
    }
    return dot;
  }

  /** Whether the term is one of this vector's: a binary search of its hash code. */
  boolean contains(String term) {
    int hash = term.hashCode();
    int at = Arrays.binarySearch(hashes, hash);
    if (at < 0) {
      return false;
    }
    // Terms sharing a hash code sit side by side, and the search may land on any of them.
    int first = at;
    while (first > 0 && hashes[first - 1] == hash) {
      first--;
    }
    for (int i = first; i < hashes.length && hashes[i] == hash; i++) {
      if (terms[i].equals(term)) {
        return true;
      }
    }
    return false;
  }

  int size() {
    return terms.length;
  }

  String term(int index) {
    return terms[index];
  }

  float weight(int index) {
    return weights[index];
  }
}
