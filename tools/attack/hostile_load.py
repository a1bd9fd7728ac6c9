#!/usr/bin/env python3
"""A long run of hostile peers against a running expertdesk-server on loopback, with figures for
docs/RELIABILITY.md: requests served, refusals by status, latency of normal requests, and the
server's peak memory.

    expertdesk-server --db /tmp/h.sqlite --listen 127.0.0.1:8799 &
    tools/attack/hostile_load.py --port 8799 --pid $! --seconds 60

Loopback only (addresses 127.0.0.x). It opens many idle connections, clients that trickle
header bytes, a storm of wrong logins from many addresses and chunked floods, while one client
keeps asking /api/v1/health and times each answer.
"""
import argparse
import collections
import socket
import statistics
import threading
import time

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--pid", type=int, required=True)
parser.add_argument("--seconds", type=float, default=60)
parser.add_argument("--idle", type=int, default=400)
parser.add_argument("--slow", type=int, default=50)
parser.add_argument("--storm", type=int, default=32)
args = parser.parse_args()

stop = time.monotonic() + args.seconds
statuses = collections.Counter()
lock = threading.Lock()
health_ms = []
peak = [0]


def connect(source):
    s = socket.create_connection(("127.0.0.1", args.port), timeout=10, source_address=(source, 0))
    return s


def status_of(s):
    data = b""
    while b"\r\n" not in data:
        chunk = s.recv(4096)
        if not chunk:
            return 0
        data += chunk
    return int(data.split(b" ")[1])


def count(kind, status):
    with lock:
        statuses[(kind, status)] += 1


def idle_holder(i):
    while time.monotonic() < stop:
        try:
            s = connect(f"127.0.0.{10 + i % 40}")
            s.settimeout(max(0.1, stop - time.monotonic()))
            s.recv(1)  # until the server closes it
            count("idle", "closed")
        except OSError:
            count("idle", "refused")
            time.sleep(0.5)


def slow_client(i):
    while time.monotonic() < stop:
        try:
            s = connect(f"127.0.0.{60 + i % 20}")
            s.sendall(b"GET /api/v1/health HTTP/1.1\r\n")
            while time.monotonic() < stop:
                time.sleep(3)
                s.sendall(b"X: y\r\n")
        except OSError:
            count("slow", "closed")


def login_storm(i):
    body = b'{"user":"storm%d","password":"wrong password"}' % i
    request = (b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               b"Content-Length: %d\r\n\r\n" % len(body)) + body
    while time.monotonic() < stop:
        try:
            s = connect(f"127.0.1.{1 + i}")
            s.sendall(request)
            count("login", status_of(s))
            s.close()
        except OSError:
            count("login", "error")


def chunked_flood():
    chunk = b"x" * 65536
    while time.monotonic() < stop:
        try:
            s = connect("127.0.0.200")
            s.sendall(b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
            for _ in range(3200):  # 200 MiB
                s.sendall(b"10000\r\n" + chunk + b"\r\n")
            count("flood", "sent all")
        except OSError:
            count("flood", "cut off")


def health():
    while time.monotonic() < stop:
        started = time.monotonic()
        try:
            s = connect("127.0.0.1")
            s.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
            code = status_of(s)
            s.close()
            count("health", code)
            with lock:
                health_ms.append((time.monotonic() - started) * 1000)
        except OSError:
            count("health", "error")
        time.sleep(0.05)


def memory():
    while time.monotonic() < stop + 1:
        with open(f"/proc/{args.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM"):
                    peak[0] = int(line.split()[1]) // 1024
        time.sleep(0.5)


threads = [threading.Thread(target=idle_holder, args=(i,)) for i in range(args.idle)]
threads += [threading.Thread(target=slow_client, args=(i,)) for i in range(args.slow)]
threads += [threading.Thread(target=login_storm, args=(i,)) for i in range(args.storm)]
threads += [threading.Thread(target=chunked_flood) for _ in range(4)]
threads += [threading.Thread(target=health), threading.Thread(target=memory)]
for t in threads:
    t.daemon = True
    t.start()
time.sleep(args.seconds + 1.5)
with lock:
    print(f"run: {args.seconds:.0f} s, {args.idle} idle, {args.slow} slow, {args.storm} login stormers, 4 chunked floods")
    for (kind, status), n in sorted(statuses.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        print(f"  {kind:7} {status!s:9} {n}")
    if health_ms:
        ms = sorted(health_ms)
        print(f"  health: {len(ms)} answered, median {statistics.median(ms):.1f} ms, "
              f"p99 {ms[int(len(ms) * 0.99) - 1]:.1f} ms, max {ms[-1]:.1f} ms")
    print(f"  server peak resident memory (VmHWM): {peak[0]} MiB")
