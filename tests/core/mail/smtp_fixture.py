#!/usr/bin/python3
"""A real SMTP server on loopback for the mail tests (Debian's python3-aiosmtpd).

Run with /usr/bin/python3 (the Debian interpreter that has aiosmtpd). It prints
"READY <port>" once it listens and stops when its standard input closes, so it never
outlives the test that started it. Each accepted message is written to --dir as
NNNNN.eml (the bytes received) and NNNNN.json (the envelope, and the message as
Python's email package parses it: decoded and raw headers, the parts, any defects).
Misbehaviour on request: 550 for chosen recipients, 451 or a dropped connection
after DATA for the first messages, a delay before answering DATA.
"""
import argparse
import asyncio
import email
import email.policy
import glob
import json
import os
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def parse(raw: bytes) -> dict:
    decoded = email.message_from_bytes(raw, policy=email.policy.default)
    compat = email.message_from_bytes(raw, policy=email.policy.compat32)
    parts = []
    defects = [str(d) for d in decoded.defects]
    for part in decoded.walk():
        defects += [str(d) for d in part.defects]
        if part.is_multipart():
            parts.append({"content_type": part.get_content_type(), "multipart": True})
            continue
        parts.append({
            "content_type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "transfer_encoding": str(part.get("Content-Transfer-Encoding", "")),
            "content": part.get_content(),
        })
    return {
        "headers": [[k, str(v)] for k, v in decoded.items()],
        "raw_headers": [[k, v] for k, v in compat.items()],
        "parts": parts,
        "defects": defects,
    }


class Handler:
    def __init__(self, args):
        self.args = args
        # A restarted fixture (the relay "coming back") goes on numbering in the same folder.
        self.count = len(glob.glob(os.path.join(args.dir, "*.eml")))  # messages saved
        self.markers = len(glob.glob(os.path.join(args.dir, "receiving-*")))
        self.data_seen = 0  # DATA commands answered or dropped by this process

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.args.refuse:
            return "550 5.1.1 <%s>: Recipient address rejected: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_seen += 1
        n = self.data_seen
        self.markers += 1
        marker = os.path.join(self.args.dir, "receiving-%05d" % self.markers)
        open(marker, "w").close()
        if self.args.delay_ms:
            # Cancelled with the connection: a client killed meanwhile gets nothing saved.
            await asyncio.sleep(self.args.delay_ms / 1000.0)
        if n <= self.args.drop_after_data:
            server.transport.abort()
            return "250 never sent"
        if n <= self.args.drop_after_data + self.args.tempfail:
            return "451 4.3.0 Temporarily unable to accept the message, try again later"
        self.count += 1
        base = os.path.join(self.args.dir, "%05d" % self.count)
        raw = envelope.original_content or envelope.content
        with open(base + ".eml.tmp", "wb") as f:
            f.write(raw)
        record = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                  "authenticated": bool(session.authenticated), "tls": session.ssl is not None or self.args.smtps}
        if not self.args.raw_only:
            record["message"] = parse(raw)
        with open(base + ".json.tmp", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.rename(base + ".eml.tmp", base + ".eml")
        os.rename(base + ".json.tmp", base + ".json")
        return "250 2.0.0 Ok: queued as %05d" % self.count


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--smtps", action="store_true", help="TLS from the first byte (else STARTTLS when --cert)")
    p.add_argument("--require-tls", action="store_true")
    p.add_argument("--user")
    p.add_argument("--password")
    p.add_argument("--refuse", action="append", default=[])
    p.add_argument("--tempfail", type=int, default=0)
    p.add_argument("--drop-after-data", type=int, default=0)
    p.add_argument("--delay-ms", type=int, default=0)
    p.add_argument("--raw-only", action="store_true", help="do not parse (benchmark)")
    args = p.parse_args()
    args.refuse = [a.lower() for a in args.refuse]
    os.makedirs(args.dir, exist_ok=True)

    context = None
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user
              and auth_data.password.decode() == args.password)
        return AuthResult(success=ok, handled=False)

    handler = Handler(args)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    def factory():
        return SMTP(handler, hostname="relay.test", loop=loop,
                    tls_context=None if args.smtps else context,
                    require_starttls=args.require_tls and not args.smtps,
                    auth_required=bool(args.user), auth_require_tls=False,
                    authenticator=authenticator if args.user else None)

    server = loop.run_until_complete(loop.create_server(
        factory, host="127.0.0.1", port=args.port, ssl=context if args.smtps else None,
        reuse_address=True))
    port = server.sockets[0].getsockname()[1]
    print("READY %d" % port, flush=True)

    def stdin_closed():
        sys.stdin.buffer.read()
        loop.call_soon_threadsafe(loop.stop)

    loop.run_in_executor(None, stdin_closed)
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    loop.run_forever()
    server.close()


if __name__ == "__main__":
    main()
