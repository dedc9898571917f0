// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "semanticspace.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace Sieve::Ranker {

namespace {

// Extra directions sampled beyond those kept, and passes of the power method: the textbook
// choice for term-document matrices, whose singular values fall off slowly.
constexpr int Oversampling = 16;
constexpr int PowerIterations = 2;
constexpr int MaxJacobiSweeps = 60;

// A dense row-major matrix of doubles.
struct Matrix
{
    int rows = 0;
    int cols = 0;
    std::vector<double> data;

    Matrix(int r, int c)
        : rows(r)
        , cols(c)
        , data(std::size_t(r) * std::size_t(c), 0.0)
    {
    }

    double *row(int r) { return data.data() + std::size_t(r) * std::size_t(cols); }

    const double *row(int r) const { return data.data() + std::size_t(r) * std::size_t(cols); }

    double &at(int r, int c) { return row(r)[c]; }

    double at(int r, int c) const { return row(r)[c]; }
};

void addScaled(double *target, const double *source, double scale, int count)
{
    for (int j = 0; j < count; ++j) {
        target[j] += scale * source[j];
    }
}

// A fixed ±1 entry of the random test matrix: as good as Gaussian for the range finder, and
// the same on every machine, which a standard library's normal distribution is not.
double rademacher(std::size_t index)
{
    quint64 z = quint64(index) + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return (z & 1U) != 0 ? 1.0 : -1.0;
}

// X * M for the sparse rows X and a dense M with one row per column of X.
Matrix times(const std::vector<SparseVector> &documents, const Matrix &m)
{
    Matrix result(int(documents.size()), m.cols);
    for (std::size_t i = 0; i < documents.size(); ++i) {
        double *out = result.row(int(i));
        for (const auto &[column, value] : documents[i]) {
            addScaled(out, m.row(column), value, m.cols);
        }
    }
    return result;
}

// X^T * M for the sparse rows X and a dense M with one row per row of X.
Matrix timesTransposed(const std::vector<SparseVector> &documents, int columns, const Matrix &m)
{
    Matrix result(columns, m.cols);
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const double *in = m.row(int(i));
        for (const auto &[column, value] : documents[i]) {
            addScaled(result.row(column), in, value, m.cols);
        }
    }
    return result;
}

// A^T * A, in one pass over the rows of A.
Matrix gram(const Matrix &a)
{
    Matrix g(a.cols, a.cols);
    for (int r = 0; r < a.rows; ++r) {
        const double *row = a.row(r);
        for (int i = 0; i < a.cols; ++i) {
            if (row[i] != 0.0) {
                addScaled(g.row(i) + i, row + i, row[i], a.cols - i);
            }
        }
    }
    for (int i = 0; i < a.cols; ++i) {
        for (int j = 0; j < i; ++j) {
            g.at(i, j) = g.at(j, i);
        }
    }
    return g;
}

// Eigenvalues and eigenvectors (as columns) of a symmetric matrix, by cyclic Jacobi rotations:
// a few dozen columns at most, where simplicity beats speed.
void symmetricEigen(Matrix a, std::vector<double> &values, Matrix &vectors)
{
    const int n = a.rows;
    vectors = Matrix(n, n);
    for (int i = 0; i < n; ++i) {
        vectors.at(i, i) = 1.0;
    }
    for (int sweep = 0; sweep < MaxJacobiSweeps; ++sweep) {
        double off = 0.0;
        double total = 0.0;
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j) {
                (i == j ? total : off) += a.at(i, j) * a.at(i, j);
            }
        }
        if (off <= 1e-22 * (total + off)) {
            break;
        }
        for (int p = 0; p < n - 1; ++p) {
            for (int q = p + 1; q < n; ++q) {
                const double apq = a.at(p, q);
                if (std::abs(apq) < 1e-300) {
                    continue;
                }
                const double theta = (a.at(q, q) - a.at(p, p)) / (2.0 * apq);
                const double t = (theta >= 0.0 ? 1.0 : -1.0)
                    / (std::abs(theta) + std::sqrt(theta * theta + 1.0));
                const double c = 1.0 / std::sqrt(t * t + 1.0);
                const double s = t * c;
                for (int k = 0; k < n; ++k) {
                    const double akp = a.at(k, p);
                    const double akq = a.at(k, q);
                    a.at(k, p) = c * akp - s * akq;
                    a.at(k, q) = s * akp + c * akq;
                }
                for (int k = 0; k < n; ++k) {
                    const double apk = a.at(p, k);
                    const double aqk = a.at(q, k);
                    a.at(p, k) = c * apk - s * aqk;
                    a.at(q, k) = s * apk + c * aqk;
                }
                for (int k = 0; k < n; ++k) {
                    const double vkp = vectors.at(k, p);
                    const double vkq = vectors.at(k, q);
                    vectors.at(k, p) = c * vkp - s * vkq;
                    vectors.at(k, q) = s * vkp + c * vkq;
                }
            }
        }
    }
    values.resize(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        values[std::size_t(i)] = a.at(i, i);
    }
}

// Replaces the columns of A by an orthonormal basis of their span, through the eigenvectors
// of A^T A: two passes over A instead of one per pair of columns, which matters for a tall A.
// Directions A does not really span come out as zero columns.
void orthonormalise(Matrix &a)
{
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<double> values;
        Matrix vectors(0, 0);
        symmetricEigen(gram(a), values, vectors);
        const double largest = *std::max_element(values.begin(), values.end());
        Matrix transform(a.cols, a.cols);
        for (int j = 0; j < a.cols; ++j) {
            const double value = values[std::size_t(j)];
            if (value > 1e-12 * largest && value > 0.0) {
                for (int i = 0; i < a.cols; ++i) {
                    transform.at(i, j) = vectors.at(i, j) / std::sqrt(value);
                }
            }
        }
        std::vector<double> row(std::size_t(a.cols));
        for (int r = 0; r < a.rows; ++r) {
            std::fill(row.begin(), row.end(), 0.0);
            double *entries = a.row(r);
            for (int i = 0; i < a.cols; ++i) {
                if (entries[i] != 0.0) {
                    addScaled(row.data(), transform.row(i), entries[i], a.cols);
                }
            }
            std::copy(row.begin(), row.end(), entries);
        }
    }
}

} // namespace

SemanticSpace
SemanticSpace::fit(const std::vector<SparseVector> &documents, int columns, int dimensions)
{
    const int n = int(documents.size());
    const int sampled = std::min({dimensions + Oversampling, n, columns});
    SemanticSpace space;
    if (sampled <= 0 || dimensions <= 0) {
        return space;
    }

    // The range finder: an orthonormal basis of the documents' span, sharpened by a few
    // passes of the power method.
    Matrix test(columns, sampled);
    for (std::size_t i = 0; i < test.data.size(); ++i) {
        test.data[i] = rademacher(i);
    }
    Matrix basis = times(documents, test);
    orthonormalise(basis);
    for (int pass = 0; pass < PowerIterations; ++pass) {
        Matrix back = timesTransposed(documents, columns, basis);
        orthonormalise(back);
        basis = times(documents, back);
        orthonormalise(basis);
    }

    // The documents projected on that basis, B = Q^T X, kept transposed (a row per term); the
    // eigenvectors of B B^T are B's left singular vectors, its singular values their roots.
    const Matrix projected = timesTransposed(documents, columns, basis);
    std::vector<double> values;
    Matrix vectors(0, 0);
    symmetricEigen(gram(projected), values, vectors);
    std::vector<int> order(static_cast<std::size_t>(sampled));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return values[std::size_t(a)] > values[std::size_t(b)];
    });
    const double largest = values[std::size_t(order.front())];
    int kept = 0;
    while (kept < std::min(dimensions, sampled) && largest > 0.0
           && values[std::size_t(order[std::size_t(kept)])] > 1e-10 * largest) {
        ++kept;
    }
    if (kept == 0) {
        return space;
    }

    // A term's coordinates are its row of the right singular vectors: V = B^T U / sigma.
    space.m_dimensions = kept;
    space.m_stride = (kept + Lanes - 1) / Lanes * Lanes;
    space.m_columns = columns;
    space.m_terms.assign(std::size_t(columns) * std::size_t(space.m_stride), 0.0F);
    for (int c = 0; c < columns; ++c) {
        const double *term = projected.row(c);
        float *out = space.m_terms.data() + std::size_t(c) * std::size_t(space.m_stride);
        for (int j = 0; j < kept; ++j) {
            const int e = order[std::size_t(j)];
            double sum = 0.0;
            for (int i = 0; i < sampled; ++i) {
                sum += term[i] * vectors.at(i, e);
            }
            out[j] = float(sum / std::sqrt(values[std::size_t(e)]));
        }
    }
    return space;
}

void SemanticSpace::accumulate(int column, float weight, std::vector<float> &position) const
{
    if (column < 0 || column >= m_columns) {
        return;
    }
    const float *term = m_terms.data() + std::size_t(column) * std::size_t(m_stride);
    float *out = position.data();
    // Through a local block: `out` and `term` might alias as far as the compiler knows, and it
    // then keeps the loop scalar. The same products and sums, so the same bits.
    for (int j = 0; j < m_stride; j += Lanes) {
        float block[Lanes];
        std::memcpy(block, term + j, sizeof block);
        for (int k = 0; k < Lanes; ++k) {
            block[k] = out[j + k] + weight * block[k];
        }
        std::memcpy(out + j, block, sizeof block);
    }
}

void SemanticSpace::prefetch(int column) const
{
    constexpr int CacheLine = 64;
    if (column < 0 || column >= m_columns) {
        return;
    }
    const char *row = reinterpret_cast<const char *>(m_terms.data()
                                                     + std::size_t(column) * std::size_t(m_stride));
    for (int offset = 0; offset < m_stride * int(sizeof(float)); offset += CacheLine) {
        __builtin_prefetch(row + offset);
    }
}

std::vector<float> SemanticSpace::embed(const SparseVector &document) const
{
    std::vector<float> position(std::size_t(m_stride), 0.0F);
    for (const auto &[column, value] : document) {
        accumulate(column, value, position);
    }
    normalise(position);
    return position;
}

void SemanticSpace::normalise(std::vector<float> &position)
{
    double norm = 0.0;
    for (const float x : position) {
        norm += double(x) * double(x);
    }
    if (norm <= 0.0) {
        return;
    }
    const float scale = float(1.0 / std::sqrt(norm));
    for (float &x : position) {
        x *= scale;
    }
}

double SemanticSpace::dot(const std::vector<float> &a, const std::vector<float> &b)
{
    double sum = 0.0;
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        sum += double(a[i]) * double(b[i]);
    }
    return sum;
}

} // namespace Sieve::Ranker
