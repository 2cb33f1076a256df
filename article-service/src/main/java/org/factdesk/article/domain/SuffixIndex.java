package org.factdesk.article.domain;

import java.util.Arrays;

/**
 * Where a string occurs in a text, found without scanning the text: a suffix array (built by prefix doubling in
 * O(n log n)) gives the occurrences of a pattern as one range of sorted suffixes in O(m log n), and a wavelet matrix
 * over that array answers "the first occurrence at or after p" and "the last one at or before p" in O(log n), however
 * many occurrences there are.
 */
final class SuffixIndex {

    private final String text;
    private final int[] suffixes;
    private final WaveletMatrix positions;

    SuffixIndex(String text) {
        this.text = text;
        this.suffixes = suffixArray(text);
        this.positions = new WaveletMatrix(suffixes, text.length());
    }

    /** The occurrences of {@code pattern}: a half-open range of the suffix array, empty when there are none. */
    Occurrences find(String pattern) {
        int from = lowerBound(pattern, false);
        int to = lowerBound(pattern, true);
        return new Occurrences(from, to);
    }

    /** The smallest occurrence at or after {@code position}, or -1. */
    int firstAtOrAfter(Occurrences occurrences, int position) {
        int before = positions.countLess(occurrences.from(), occurrences.to(), Math.max(position, 0));
        return before == occurrences.size() ? -1 : positions.kthSmallest(occurrences.from(), occurrences.to(), before);
    }

    /** The largest occurrence at or before {@code position}, or -1. */
    int lastAtOrBefore(Occurrences occurrences, int position) {
        if (position < 0) {
            return -1;
        }
        int upTo = positions.countLess(occurrences.from(), occurrences.to(), position + 1);
        return upTo == 0 ? -1 : positions.kthSmallest(occurrences.from(), occurrences.to(), upTo - 1);
    }

    record Occurrences(int from, int to) {

        int size() {
            return to - from;
        }

        boolean isEmpty() {
            return to == from;
        }
    }

    /**
     * The first suffix not smaller than {@code pattern} (or, with {@code past}, the first one that neither starts
     * with it nor is smaller): the two bounds of the pattern's range.
     */
    private int lowerBound(String pattern, boolean past) {
        int low = 0;
        int high = suffixes.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int comparison = comparePrefix(suffixes[middle], pattern);
            if (comparison < 0 || past && comparison == 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Compares the suffix at {@code start}, cut to the pattern's length, with the pattern. */
    private int comparePrefix(int start, String pattern) {
        int length = Math.min(text.length() - start, pattern.length());
        for (int i = 0; i < length; i++) {
            char a = text.charAt(start + i);
            char b = pattern.charAt(i);
            if (a != b) {
                return a < b ? -1 : 1;
            }
        }
        return length == pattern.length() ? 0 : -1;
    }

    /** Prefix doubling with counting sorts: log n rounds of O(n), stopping as soon as all suffixes differ. */
    static int[] suffixArray(String text) {
        int n = text.length();
        int[] suffixes = new int[n];
        if (n == 0) {
            return suffixes;
        }
        int[] rank = new int[n];
        int[] next = new int[n];
        int[] bySecond = new int[n];
        int[] count = new int[Math.max(n, Character.MAX_VALUE + 1) + 1];
        for (int i = 0; i < n; i++) {
            count[text.charAt(i) + 1]++;
        }
        for (int c = 1; c < count.length; c++) {
            count[c] += count[c - 1];
        }
        for (int i = 0; i < n; i++) {
            suffixes[count[text.charAt(i)]++] = i;
        }
        int classes = 1;
        rank[suffixes[0]] = 0;
        for (int j = 1; j < n; j++) {
            if (text.charAt(suffixes[j]) != text.charAt(suffixes[j - 1])) {
                classes++;
            }
            rank[suffixes[j]] = classes - 1;
        }
        for (int k = 1; classes < n; k <<= 1) {
            // Suffixes ordered by their second half: those without one first, then the others by the current order.
            int p = 0;
            for (int i = n - k; i < n; i++) {
                bySecond[p++] = i;
            }
            for (int j = 0; j < n; j++) {
                if (suffixes[j] >= k) {
                    bySecond[p++] = suffixes[j] - k;
                }
            }
            // A stable counting sort by the first half completes the order of the doubled prefixes.
            Arrays.fill(count, 0, classes + 1, 0);
            for (int i = 0; i < n; i++) {
                count[rank[i] + 1]++;
            }
            for (int c = 1; c <= classes; c++) {
                count[c] += count[c - 1];
            }
            for (int j = 0; j < n; j++) {
                int suffix = bySecond[j];
                suffixes[count[rank[suffix]]++] = suffix;
            }
            next[suffixes[0]] = 0;
            classes = 1;
            for (int j = 1; j < n; j++) {
                int a = suffixes[j - 1];
                int b = suffixes[j];
                if (rank[a] != rank[b] || secondRank(rank, a, k) != secondRank(rank, b, k)) {
                    classes++;
                }
                next[b] = classes - 1;
            }
            int[] swap = rank;
            rank = next;
            next = swap;
        }
        return suffixes;
    }

    private static int secondRank(int[] rank, int suffix, int k) {
        return suffix + k < rank.length ? rank[suffix + k] : -1;
    }

    /** Rank and select over the bits of the values, one level per bit, most significant first. */
    static final class WaveletMatrix {

        private final int levels;
        private final long[][] bits;
        private final int[][] onesBefore;
        private final int[] zeros;

        /** @param values each in [0, bound) */
        WaveletMatrix(int[] values, int bound) {
            int n = values.length;
            this.levels = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(bound, 1)));
            this.bits = new long[levels][(n >>> 6) + 1];
            this.onesBefore = new int[levels][(n >>> 6) + 2];
            this.zeros = new int[levels];
            int[] current = values.clone();
            int[] reordered = new int[n];
            for (int level = levels - 1; level >= 0; level--) {
                long[] row = bits[level];
                int z = 0;
                for (int i = 0; i < n; i++) {
                    if ((current[i] >>> level & 1) == 0) {
                        reordered[z++] = current[i];
                    } else {
                        row[i >>> 6] |= 1L << (i & 63);
                    }
                }
                zeros[level] = z;
                int o = z;
                for (int i = 0; i < n; i++) {
                    if ((current[i] >>> level & 1) != 0) {
                        reordered[o++] = current[i];
                    }
                }
                int[] counts = onesBefore[level];
                for (int w = 0; w < row.length; w++) {
                    counts[w + 1] = counts[w] + Long.bitCount(row[w]);
                }
                int[] swap = current;
                current = reordered;
                reordered = swap;
            }
        }

        /** Ones among the first {@code i} bits of a level. */
        private int ones(int level, int i) {
            return onesBefore[level][i >>> 6] + Long.bitCount(bits[level][i >>> 6] & ((1L << (i & 63)) - 1));
        }

        /** How many values in positions [from, to) are smaller than {@code bound}. */
        int countLess(int from, int to, int bound) {
            if (bound >= 1 << levels) {
                return to - from;
            }
            int less = 0;
            for (int level = levels - 1; level >= 0 && from < to; level--) {
                int fromOnes = ones(level, from);
                int toOnes = ones(level, to);
                if ((bound >>> level & 1) != 0) {
                    less += (to - from) - (toOnes - fromOnes);
                    from = zeros[level] + fromOnes;
                    to = zeros[level] + toOnes;
                } else {
                    from -= fromOnes;
                    to -= toOnes;
                }
            }
            return less;
        }

        /** The {@code k}-th smallest (from 0) value in positions [from, to). */
        int kthSmallest(int from, int to, int k) {
            int value = 0;
            for (int level = levels - 1; level >= 0; level--) {
                int fromOnes = ones(level, from);
                int toOnes = ones(level, to);
                int zerosHere = (to - from) - (toOnes - fromOnes);
                if (k < zerosHere) {
                    from -= fromOnes;
                    to -= toOnes;
                } else {
                    k -= zerosHere;
                    value |= 1 << level;
                    from = zeros[level] + fromOnes;
                    to = zeros[level] + toOnes;
                }
            }
            return value;
        }
    }
}
