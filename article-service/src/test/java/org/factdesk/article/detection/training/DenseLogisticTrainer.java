package org.factdesk.article.detection.training;

import java.util.Random;

/**
 * Deterministic logistic regression on dense features: AdaGrad SGD with a seeded shuffle for the embedding
 * head, Newton's method for the few-parameter calibrations. Single-threaded, so runs repeat exactly.
 */
final class DenseLogisticTrainer {

    private static final double EPSILON = 1e-8;

    /** Weights followed by the bias. */
    static double[] sgd(float[][] x, boolean[] y, int epochs, double learningRate, double l2, long seed) {
        int d = x[0].length;
        double[] w = new double[d + 1];
        double[] g2 = new double[d + 1];
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            for (int n : order) {
                double z = w[d];
                for (int j = 0; j < d; j++) {
                    z += w[j] * x[n][j];
                }
                double error = sigmoid(z) - (y[n] ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    double g = error * x[n][j] + l2 * w[j];
                    g2[j] += g * g;
                    w[j] -= learningRate * g / (Math.sqrt(g2[j]) + EPSILON);
                }
                g2[d] += error * error;
                w[d] -= learningRate * error / (Math.sqrt(g2[d]) + EPSILON);
            }
        }
        return w;
    }

    /** Newton's method (a tiny ridge keeps it stable); weights followed by the bias. */
    static double[] newton(double[][] x, boolean[] y) {
        int d = x[0].length + 1;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int n = 0; n < x.length; n++) {
                double[] row = withBias(x[n]);
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += w[j] * row[j];
                }
                double p = sigmoid(z);
                double error = p - (y[n] ? 1 : 0);
                double curvature = p * (1 - p);
                for (int j = 0; j < d; j++) {
                    gradient[j] += error * row[j];
                    for (int k = 0; k < d; k++) {
                        hessian[j][k] += curvature * row[j] * row[k];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                gradient[j] += 1e-6 * w[j];
                hessian[j][j] += 1e-6;
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int j = 0; j < d; j++) {
                w[j] -= step[j];
                size = Math.max(size, Math.abs(step[j]));
            }
            if (size < 1e-9) {
                break;
            }
        }
        return w;
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    private static double[] withBias(double[] row) {
        double[] out = new double[row.length + 1];
        System.arraycopy(row, 0, out, 0, row.length);
        out[row.length] = 1;
        return out;
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        double[] v = b.clone();
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            double tv = v[col];
            v[col] = v[pivot];
            v[pivot] = tv;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c < n; c++) {
                    m[r][c] -= f * m[col][c];
                }
                v[r] -= f * v[col];
            }
        }
        double[] out = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = v[r];
            for (int c = r + 1; c < n; c++) {
                s -= m[r][c] * out[c];
            }
            out[r] = s / m[r][r];
        }
        return out;
    }
}
