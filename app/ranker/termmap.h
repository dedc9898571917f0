// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_RANKER_TERMMAP_H
#define SIEVE_RANKER_TERMMAP_H

#include <QtGlobal>

#include <vector>

namespace Sieve::Ranker {

// Term key -> value, open addressing in one flat array. The keys are already 64-bit hashes, so
// a multiplicative spread is all the hashing needed; a lookup is usually one cache line, where
// std::unordered_map costs a node chase per term of every ranked paper.
template <typename T>
class TermMap
{
public:
    void clear()
    {
        m_slots.clear();
        m_size = 0;
        m_shift = 64;
    }

    std::size_t size() const { return m_size; }

    // The value of `key`, inserted value-initialised when it is new.
    T &operator[](quint64 key)
    {
        if (4 * (m_size + 1) > 3 * m_slots.size()) {
            grow();
        }
        Slot &slot = slotFor(key);
        if (!slot.used) {
            slot.used = true;
            slot.key = key;
            ++m_size;
        }
        return slot.value;
    }

    const T *find(quint64 key) const
    {
        if (m_slots.empty()) {
            return nullptr;
        }
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = home(key);; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (!slot.used) {
                return nullptr;
            }
            if (slot.key == key) {
                return &slot.value;
            }
        }
    }

    // Calls f(key, value) for every entry, in no particular order.
    template <typename F>
    void forEach(F f) const
    {
        for (const Slot &slot : m_slots) {
            if (slot.used) {
                f(slot.key, slot.value);
            }
        }
    }

    template <typename F>
    void forEachValue(F f)
    {
        for (Slot &slot : m_slots) {
            if (slot.used) {
                f(slot.value);
            }
        }
    }

    // Starts loading the cache line find(key) will read, for loops that look up many keys of a
    // large map: the lookups are otherwise one cache miss each.
    void prefetch(quint64 key) const
    {
        if (!m_slots.empty()) {
            __builtin_prefetch(&m_slots[home(key)]);
        }
    }

    T value(quint64 key) const
    {
        const T *found = find(key);
        return found == nullptr ? T{} : *found;
    }

private:
    struct Slot
    {
        quint64 key = 0;
        T value{};
        bool used = false;
    };

    std::size_t home(quint64 key) const
    {
        return std::size_t((key * 0x9e3779b97f4a7c15ULL) >> m_shift);
    }

    Slot &slotFor(quint64 key)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = home(key);
        while (m_slots[i].used && m_slots[i].key != key) {
            i = (i + 1) & mask;
        }
        return m_slots[i];
    }

    void grow()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_shift = old.empty() ? 64 - 10 : m_shift - 1;
        m_slots.assign(std::size_t(1) << (64 - m_shift), Slot{});
        for (Slot &slot : old) {
            if (slot.used) {
                slotFor(slot.key) = std::move(slot);
            }
        }
    }

    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
    int m_shift = 64;
};

} // namespace Sieve::Ranker

#endif // SIEVE_RANKER_TERMMAP_H
