#pragma once

#include "SyncProtocol.h"

#include <QByteArray>

#include <memory>

namespace ed::sync {

// Reads a pull page from the answer's bytes. A "format=rows" page (the initial download) is read
// with simdjson straight from UTF-8: its strings stay UTF-8 all the way to SQLite, where
// QJsonDocument would make a tree of UTF-16 values first (about half of the helper thread's time
// per row, bench_sync_client). A "changes" page goes through PullResponse::fromJson. Keeps its
// parser's buffers between pages: one reader per thread.
class PullPageReader
{
public:
    PullPageReader();
    ~PullPageReader();
    PullPageReader(const PullPageReader &) = delete;
    PullPageReader &operator=(const PullPageReader &) = delete;

    // False, with the reason in `error`, when the bytes are not a pull page.
    bool read(const QByteArray &json, PullResponse *page, QString *error);

private:
    struct Parser;
    std::unique_ptr<Parser> m_parser;
};

} // namespace ed::sync
