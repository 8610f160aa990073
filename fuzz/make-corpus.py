#!/usr/bin/env python3
"""Writes the seed corpora under fuzz/corpus/<target>/ (run it again after changing a target's input layout).

A target reads its choices (chunk sizes, options) with FuzzedDataProvider, which takes integers from the
END of the input, last byte first, and the stream from the front: a seed is stream + reversed(choices).
Each byte below picks one value: ConsumeIntegralInRange(a, b) with b - a < 256 reads one byte as
a + byte % (b - a + 1); ConsumeBool reads one byte's lowest bit.
"""
import os
import struct
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")


def seed(target, name, stream, choices=()):
    directory = os.path.join(ROOT, target)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "wb") as f:
        f.write(bytes(stream) + bytes(reversed(list(choices))))


def frame(opcode, payload=b"", fin=True, mask=None, rsv=0, length=None):
    payload = bytes(payload)
    n = len(payload) if length is None else length
    head = bytes([(0x80 if fin else 0) | (rsv << 4) | opcode])
    bit = 0x80 if mask is not None else 0
    if n < 126:
        head += bytes([bit | n])
    elif n < 65536:
        head += bytes([bit | 126]) + struct.pack(">H", n)
    else:
        head += bytes([bit | 127]) + struct.pack(">Q", n)
    if mask is not None:
        head += bytes(mask)
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return head + payload


def close(code, reason=b"", mask=None):
    return frame(0x8, struct.pack(">H", code) + reason, mask=mask)


def deflate(data):
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    out = c.compress(data) + c.flush(zlib.Z_SYNC_FLUSH)
    assert out.endswith(b"\x00\x00\xff\xff")
    return out[:-4]


KEY = b"\x37\xfa\x21\x3d"


def streams(masked):
    m = KEY if masked else None
    return {
        "text": frame(0x1, b"hello", mask=m) + close(1000, b"bye", mask=m),
        "binary": frame(0x2, bytes(range(200)), mask=m),
        "fragmented": frame(0x1, b"gr\xc3", fin=False, mask=m) + frame(0x9, b"p", mask=m)
        + frame(0x0, b"\xbc", fin=False, mask=m) + frame(0xA, b"", mask=m) + frame(0x0, b"n", mask=m),
        "control": frame(0x9, b"ping", mask=m) + frame(0xA, b"airlock-ka:1:2", mask=m) + close(1001, mask=m),
        "utf8-bad": frame(0x1, b"ok\xed\xa0\x80", mask=m),
        "close-bad": close(1005, mask=m) + frame(0x8, b"\x03", mask=m),
        "long16": frame(0x2, b"x" * 300, mask=m),
        "long64": frame(0x2, b"", mask=m, length=70000)[:16],
        "nonminimal": bytes([0x82, (0x80 if masked else 0) | 126, 0, 5]) + (KEY if masked else b"") + b"abcde",
        "reserved": bytes([0x83, 0x80 if masked else 0]) + (KEY if masked else b""),
        "deflate": frame(0x1, deflate(b"Hello Hello Hello"), rsv=4, mask=m) + frame(0x2, deflate(b"\x00" * 100), rsv=4, mask=m),
    }


def main():
    # HttpHeadParser: choices = [limits?] + 8 piece sizes (1..64).
    requests = {
        "upgrade": b"GET /vm1/ws?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8765\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        b"Sec-WebSocket-Protocol: tty\r\nOrigin: https://console.example.com\r\n\r\n\x81\x85",
        "post-chunked": b"POST /api HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
        "http10-bare-lf": b"\r\nGET / HTTP/1.0\nHost: a\n\n",
        "folding": b"GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n",
        "version": b"GET / HTTP/2.0\r\n\r\n",
        "absolute": b"CONNECT example.com:443 HTTP/1.1\r\nHost: example.com\r\n\r\n",
    }
    responses = {
        "101": b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n",
        "200": b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\nhello",
        "404-no-reason": b"HTTP/1.0 404\r\n\r\n",
        "bad-code": b"HTTP/1.1 20 OK\r\n\r\n",
    }
    pieces = [1, 7, 64, 3, 2, 13, 40, 5]
    # Limits (two bytes each for 1..300 and 1..600, high byte first): start line 16, head 600, 20 fields.
    limits = [1, 0, 15, 2, 87, 20]
    for name, head in requests.items():
        seed("httphead_request", name, head, [0] + pieces)
        seed("httphead_request", name + "-limits", head, limits + pieces)
    for name, head in responses.items():
        seed("httphead_response", name, head, [0] + pieces)
        seed("httphead_response", name + "-limits", head, limits + pieces)
    # What the fuzzers found (tst_httpheadparser verdictDoesNotDependOnReads), read one byte at a time.
    ones = [0] * 8  # piece size 1 + byte % 64
    seed("httphead_request", "regress-long-line-unfinished", b"GET /" + b"a" * 40 + b" HTTP/1.1\r\nHost: a\r\n",
         limits + ones)
    seed("httphead_request", "regress-crlf-at-limit", b"GET / HTTP/1.1\r\n\r\n", [1, 0, 13, 2, 87, 20] + ones)
    seed("httphead_request", "regress-bare-cr-long-line", b"GET /a\r" + b"b" * 40 + b" HTTP/1.1\r\n\r\n",
         limits + ones)
    seed("httphead_response", "regress-long-status-line", b"HTTP/1.1 200 " + b"a" * 40 + b"\r\n\r\n",
         limits + ones)

    # FrameTap: direction, strict (0..3, 0 = off), deflate (0..3, 0 = on), unlimited?, [limit: 2 bytes],
    # drop pong (0..3, 0 = on), piece count (1..8), sizes (0..40, 0 = the rest).
    for masked in (True, False):
        direction = 1 if masked else 0
        for name, stream in streams(masked).items():
            tag = ("client-" if masked else "server-") + name
            deflate_on = 0 if name == "deflate" else 1
            seed("frametap", tag, stream, [direction, 1, deflate_on, 1, 1, 3, 0, 1, 9])
            seed("frametap", tag + "-lax-drop", stream, [direction, 0, deflate_on, 0, 0, 20, 0, 2, 5, 0])
            if masked:
                # FrameCodec: strict, unlimited?, [limit], drop, header length (8 bytes), pieces.
                seed("framecodec", name, stream, [1, 1, 1] + [0, 0, 0, 0, 0, 1, 0, 0] + [3, 0, 1, 9])
                seed("framecodec", name + "-limited", stream, [1, 0, 0, 50, 0] + [0] * 8 + [1, 4])
                # Differential: strict, unlimited?, [limit], drop, tap pieces, codec pieces.
                seed("frametap_vs_codec", name, stream, [1, 1, 1, 2, 1, 5, 3, 0, 7, 2])
                seed("frametap_vs_codec", name + "-lax", stream, [0, 1, 0, 1, 0, 1, 1])

    # Utf8Validator: piece count (1..6), sizes (1..16), text.
    texts = {
        "ascii": b"plain text",
        "mixed": "grün ℃ 😀".encode(),
        "bom": b"\xef\xbb\xbfbom",
        "surrogate": b"\xed\xa0\x80",
        "overlong": b"\xc0\xaf\xe0\x80\xaf",
        "above-max": b"\xf4\x90\x80\x80",
        "truncated": b"ok\xf0\x9f\x98",
    }
    for name, text in texts.items():
        seed("utf8validator", name, text, [2, 0, 2])

    # ChunkedBodyTracker: encode mode (0..3, 0 = on), piece count (1..6), sizes (1..48), body.
    bodies = {
        "simple": b"5\r\nhello\r\n0\r\n\r\n",
        "extensions": b"5;name=value ; q=\"a b\"\r\nhello\r\nA\r\n0123456789\r\n0\r\nExpires: never\r\n\r\n",
        "bare-lf": b"5\nhello\n0\n\n",
        "hex-prefix": b"0x5\r\nhello\r\n0\r\n\r\n",
        "huge": b"ffffffffffffffffff\r\n",
    }
    for name, body in bodies.items():
        seed("chunkedbody", name, body, [1, 3, 1, 5, 47])
    seed("chunkedbody", "encode", b"\x05hello\x03abc", [0, 2, 4, 9, 3, 1, 1, 0, 2, 1, 0])

    # MessageInflater: round trip?, piece count (1..6), sizes (1..64), then [room: 3 bytes] + stream, or
    # takeover?, level (0..9) and messages.
    stream = deflate(b"Hello") + deflate(b"Hello again, Hello")
    seed("messageinflater", "stream", stream, [0, 2, 4, 63, 0, 0x10, 0])
    seed("messageinflater", "corrupt", deflate(b"Hello") + b"\xff\xff\xff", [0, 1, 0, 0, 1, 0])
    seed("messageinflater", "round-trip", b"first message\\second\\\\third", [1, 3, 2, 9, 30, 1, 6])
    seed("messageinflater", "no-takeover", b"aaaaaaaaaaaaaaaa\\aaaaaaaa", [1, 1, 5, 0, 9])

    # ConfigLoader: JSON as it is.
    configs = {
        "minimal": b'{"routes": [{"path": "/vm1/", "backend": "ws://10.0.0.5:7681/"}]}',
        "full": open(os.path.join(os.path.dirname(ROOT), "..", "README.md"), "rb").read()
        .split(b"```json\n", 1)[1].split(b"```", 1)[0],
        "bridge": b'{"routes": [{"name": "vm1-vnc", "path": "/vnc/vm1", "backend": "tcp://vm1.internal:5901",'
        b' "allowedOrigins": ["*"], "timeouts": {"idleMs": 0}}]}',
        "errors": b'{"listen": {"port": 70000, "extra": 1}, "routes": [{"path": "vm", "backend": "ftp://x",'
        b' "injectHeaders": {"x-token": "${env:TOKEN}", "bad header": "${env:MISSING}"},'
        b' "closeCodes": {"999": "maybe"}, "upstreamProxy": "http://u:p@proxy:3128"}, 5]}',
        "not-object": b"[1, 2, 3]",
        "broken": b'{"routes": [',
        # What the fuzzer found (tst_configloader errors): an error about the empty key had an empty path.
        "regress-empty-key": b'{"": 1, "listen": {"a.b": 2}}',
    }
    for name, json in configs.items():
        seed("configloader", name, json)


main()
