// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_DIGEST_SAMPLEDAYS_H
#define SIEVE_DIGEST_SAMPLEDAYS_H

#include <app/core/error.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Sieve::Library {
class Library;
struct StoredProfile;
} // namespace Sieve::Library

namespace Sieve::Digest {

// A few real announcement days shipped inside the program (resources/sample), so a first start
// with no network and no key opens on something to read.
class SampleDays
{
    Q_DECLARE_TR_FUNCTIONS(Sieve::Digest::SampleDays)

public:
    static QList<QDate> dates();

    // Stores every sample day the library does not have yet, each marked with source "sample".
    // Returns how many days were added.
    static Result<int> importInto(Library::Library &library);

    // On a first start, a "default" profile that suits the sample days (their categories and the
    // astrophysics preset), so the local ranker's order makes sense before the reader sets up
    // their own. Does nothing when any profile is stored.
    static Result<void> seedProfile(Library::Library &library);

    // True while `profile` still follows what seedProfile() gave it (categories and criteria):
    // the reader has not set up a feed of their own yet.
    static bool isSeedProfile(const Library::StoredProfile &profile);
};

} // namespace Sieve::Digest

#endif // SIEVE_DIGEST_SAMPLEDAYS_H
