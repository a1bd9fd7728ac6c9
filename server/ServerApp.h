#pragma once

#include <QStringList>

namespace ed::server {

// expertdesk-server's command line: run the API, or manage users and the sync epoch.
//   expertdesk-server --db FILE | --pg CONNINFO [--listen HOST:PORT] [--tls-cert F --tls-key F]
//   expertdesk-server --db FILE user add NAME --role ROLE   (password on standard input)
// Returns the process exit code: 0 done, 1 failed, 2 wrong usage.
int runServerApp(const QStringList &arguments);

} // namespace ed::server
