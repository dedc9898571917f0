// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_RANKER_SEMANTICSPACE_H
#define SIEVE_RANKER_SEMANTICSPACE_H

#include <QtGlobal>

#include <vector>

namespace Sieve::Ranker {

// A sparse vector: (column, value) pairs, columns in any order, each at most once.
using SparseVector = std::vector<std::pair<int, float>>;

// Latent semantic analysis of a document collection: the truncated SVD of its term-document
// matrix, found with a randomised range finder (Halko, Martinsson and Tropp, 2011). Words that
// occur in the same papers end up close together, so a paper can be near a criteria topic, or
// near the papers a reader liked, without sharing its exact words with them.
//
// Deterministic: the random test matrix comes from a fixed hash, and every sum runs in a fixed
// order on one thread.
class SemanticSpace
{
public:
    SemanticSpace() = default;

    // Fits a space of at most `dimensions` dimensions to `documents`, each a row of weights
    // over `columns` terms. An empty collection gives an empty space.
    static SemanticSpace
    fit(const std::vector<SparseVector> &documents, int columns, int dimensions);

    bool isEmpty() const { return m_dimensions == 0; }

    int dimensions() const { return m_dimensions; }

    // The length of a position: the dimensions rounded up to a multiple of Lanes, the extra
    // coordinates always zero, so that the inner loops have a fixed shape the compiler vectorises.
    int stride() const { return m_stride; }

    static constexpr int Lanes = 8;

    // The unit-length position of a document (or of any text's term weights) in the space; all
    // zeros when none of its terms is known.
    std::vector<float> embed(const SparseVector &document) const;

    // Adds `weight` times term `column`'s coordinates to `position`, for callers that look
    // their terms up themselves.
    void accumulate(int column, float weight, std::vector<float> &position) const;

    // Starts loading term `column`'s coordinates, for callers that accumulate many terms.
    void prefetch(int column) const;

    static void normalise(std::vector<float> &position);
    static double dot(const std::vector<float> &a, const std::vector<float> &b);

private:
    int m_dimensions = 0;
    int m_stride = 0;
    int m_columns = 0;
    std::vector<float> m_terms; // by term: term c's coordinates at [c * stride]
};

} // namespace Sieve::Ranker

#endif // SIEVE_RANKER_SEMANTICSPACE_H
