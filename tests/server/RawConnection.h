#pragma once

#include "ServerFixture.h"

#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>

// One TCP connection to the server that writes exactly the bytes a test gives it, from a chosen
// loopback address (all of 127.0.0.0/8 reaches the server on Linux): what a hostile or broken
// peer sends, which QNetworkAccessManager never would.
class RawConnection {
public:
    bool open(int port, const QString &from = QStringLiteral("127.0.0.1"))
    {
        if (!m_socket.bind(QHostAddress(from)))
            return false;
        m_socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        return m_socket.waitForConnected(5000);
    }

    // False once the peer has closed (a write into a closed connection fails).
    bool write(const QByteArray &bytes)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            return false;
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(5000))
                return false;
        }
        return true;
    }

    // One answer: status line, headers, and a body of Content-Length bytes. Status 0 when the
    // connection closed (or nothing came within timeoutMs) before a whole answer.
    HttpReply readReply(int timeoutMs = 10000)
    {
        HttpReply reply;
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            const int end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QList<QByteArray> lines = m_buffer.left(end).split('\n');
                const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
                qsizetype length = 0;
                for (const QByteArray &line : lines.mid(1)) {
                    const int colon = line.indexOf(':');
                    const QByteArray name = line.left(colon).trimmed().toLower();
                    reply.headers.insert(name, line.mid(colon + 1).trimmed());
                }
                length = reply.headers.value("content-length").toLongLong();
                if (m_buffer.size() >= end + 4 + length) {
                    reply.status = statusLine.value(1).toInt();
                    reply.body = m_buffer.mid(end + 4, length);
                    m_buffer.remove(0, end + 4 + length);
                    return reply;
                }
            }
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0 || m_socket.state() != QAbstractSocket::ConnectedState
                || !m_socket.waitForReadyRead(int(left))) {
                m_buffer += m_socket.readAll();
                if (m_buffer.contains("\r\n\r\n") && m_socket.bytesAvailable() == 0
                    && m_socket.state() == QAbstractSocket::ConnectedState && left > 0)
                    continue;
                return {};
            }
            m_buffer += m_socket.readAll();
        }
    }

    // Waits for the server to close the connection (true) or for timeoutMs to pass (false).
    bool waitClosed(int timeoutMs)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                return true;
            if (!m_socket.waitForReadyRead(int(timeoutMs - timer.elapsed())))
                return m_socket.state() == QAbstractSocket::UnconnectedState
                    || m_socket.error() == QAbstractSocket::RemoteHostClosedError;
            m_buffer += m_socket.readAll();
        }
        return false;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

// A figure of the server process from /proc/PID/status, in MiB ("VmRSS", "VmHWM").
inline double serverMemoryMiB(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}
