// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_LATESTPICKS_H
#define SIEVE_UI_LATESTPICKS_H

#include <app/digest/dayview.h>

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Sieve::Library {
class Library;
}

namespace Sieve::Ui {

class DayLoader;

// The picks (the papers above the day's cut) of the newest announced day, and how many of them
// are unread: the number on the tray icon and the day a notification names. The listing is the
// window's when it shows that day, so both agree; otherwise a DayLoader of its own builds it off
// the UI thread with a freshly prepared ranker, and is dropped afterwards (new days and new
// criteria are rare). Counting the unread picks again is one query on the window's library.
class LatestPicks : public QObject
{
    Q_OBJECT

public:
    explicit LatestPicks(QObject *parent = nullptr);
    ~LatestPicks() override;

    // The window's library, used on this thread (not owned; nullptr detaches), and the profile
    // the window ranks for ("" is the default one).
    void setLibrary(Library::Library *library);
    void setProfile(const QString &name);

    // The window listed a day: its picks are taken when it is the newest day. When it is not,
    // and the newest day's picks are not known yet, they are built.
    void offer(const Digest::DayListing &shown);

    // The newest day may have changed: one arrived, or its scores, the criteria or the profile
    // changed, and the window lists `shownDate` again. When that is the newest day, the window's
    // new listing comes through offer(); otherwise the newest day is built. Ends with listed().
    void refresh(const QDate &shownDate);
    // Builds the newest day's listing whatever the window shows. Ends with listed().
    void rebuild();

    // Counts the unread picks again: the reader read, unread or starred a paper.
    void recount();

    // The newest day as last taken; empty before.
    const Digest::DayListing &listing() const { return m_listing; }

    int unreadCount() const { return m_unread; }

Q_SIGNALS:
    void listed(const Sieve::Digest::DayListing &listing);
    void unreadCountChanged(int count);

private:
    std::optional<QDate> newestDay() const;
    void build(const QDate &date);
    void take(const Digest::DayListing &listing);

    Library::Library *m_library = nullptr;
    QString m_profile;
    QPointer<DayLoader> m_loader; // while it builds m_building
    QDate m_building;
    Digest::DayListing m_listing;
    QStringList m_picks;
    int m_unread = 0;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_LATESTPICKS_H
