"""Read a dispatch file into text: UTF-8 (with or without BOM), cp1252/Latin-1, HTML, e-mail."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from partnertracker.errors import UserError

MAX_BYTES = 5 * 1024 * 1024


class UnreadableDispatch(UserError):
    """A file that cannot be read as a dispatch (binary, empty, too big, missing)."""


def read_dispatch(path: str | Path) -> str:
    """The text of the dispatch file at `path`; UnreadableDispatch says why when it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableDispatch(f"{path}: no such file") from None
    except OSError as error:
        raise UnreadableDispatch(f"{path}: cannot be read ({error.strerror or error})") from None
    if path.is_dir():
        raise UnreadableDispatch(f"{path}: is a folder, not a dispatch file")
    if size > MAX_BYTES:
        raise UnreadableDispatch(
            f"{path}: too big to be a dispatch ({size / 1024 / 1024:.1f} MB, the limit is 5 MB)"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableDispatch(f"{path}: cannot be read ({error.strerror or error})") from None
    return decode_dispatch(data, path.name)


def decode_dispatch(data: bytes, filename: str | None = None) -> str:
    """Turn the bytes of a dispatch into text, choosing by content and file name."""
    name = filename or "the dispatch"
    if len(data) > MAX_BYTES:
        raise UnreadableDispatch(f"{name}: too big to be a dispatch (the limit is 5 MB)")
    if not data.strip():
        raise UnreadableDispatch(f"{name}: the file is empty")
    if _looks_binary(data):
        raise UnreadableDispatch(f"{name}: looks like a binary file, not a text dispatch")
    suffix = Path(filename).suffix.lower() if filename else ""
    if suffix in (".eml", ".msg") or (not suffix and _looks_like_email(data)):
        text = _email_text(data, name)
    else:
        text = _decode_text(data)
        if suffix in (".html", ".htm", ".xhtml") or _looks_like_html(text):
            text = html_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableDispatch(f"{name}: contains no text")
    return text


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text (Windows "Unicode" files): zero bytes are expected
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def _decode_text(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps every byte.
        return data.decode("latin-1")


_HTML_HINT = re.compile(r"<\s*(html|body|p|div|br|head|!doctype)\b", re.I)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:2000]))


def _looks_like_email(data: bytes) -> bool:
    head = data[:2000].decode("latin-1")
    return bool(re.match(r"(?:[A-Za-z-]+: .*\r?\n){2,}", head)) and bool(
        re.search(r"^(From|Subject|Date|MIME-Version|Content-Type): ", head, re.M)
    )


class _TextOnly(HTMLParser):
    """HTML to text: keeps the words, drops scripts and styles, breaks lines at blocks."""

    BLOCKS = frozenset(
        ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header", "footer", "blockquote", "pre", "title"]
    )
    SKIP = frozenset(("script", "style", "noscript", "template", "svg", "head"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in self.SKIP:
            self.skipping += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in self.SKIP and self.skipping:
            self.skipping -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextOnly()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # malformed markup: fall back to stripping tags
        return html.unescape(re.sub(r"<[^>]*>", " ", markup))
    raw = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    paragraphs: list[str] = []
    for line in lines:
        if line:
            paragraphs.append(line)
        elif paragraphs and paragraphs[-1] != "":
            paragraphs.append("")
    body = "\n".join(paragraphs).strip()
    title = " ".join("".join(parser.title).split())
    if title and not body.startswith(title):
        body = title + "\n\n" + body
    return body


def _email_text(data: bytes, name: str) -> str:
    import email  # only for .eml files: the e-mail package costs start-up time
    import email.policy
    from email.message import EmailMessage

    message = email.message_from_bytes(data, policy=email.policy.default)
    subject = str(message.get("Subject") or "").strip()
    body = ""
    if isinstance(message, EmailMessage):
        part = message.get_body(preferencelist=("plain", "html"))
        if part is not None:
            try:
                content = part.get_content()
            except (LookupError, UnicodeError, AssertionError):
                payload = part.get_payload(decode=True) or b""
                content = _decode_text(payload if isinstance(payload, bytes) else b"")
            body = html_to_text(content) if part.get_content_type() == "text/html" else content
    if not body.strip():
        raise UnreadableDispatch(f"{name}: the e-mail has no text body")
    if subject and subject not in body[:500]:
        body = subject + "\n\n" + body.strip()
    return body
