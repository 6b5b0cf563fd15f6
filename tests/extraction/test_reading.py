"""Reading dispatch files: encodings, HTML, e-mail, and files that are not dispatches."""

from __future__ import annotations

import pytest

from partnertracker.errors import UserError
from partnertracker.extraction import UnreadableDispatch, decode_dispatch, read_dispatch

FRENCH = "Le Directeur général a effectué une visite à Pékin, où il a été reçu à l'Université."


def test_utf8_with_and_without_bom(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_bytes(FRENCH.encode("utf-8"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"))
    assert read_dispatch(plain) == FRENCH
    assert read_dispatch(bom) == FRENCH  # the BOM is not part of the text


def test_cp1252_and_latin1_french(tmp_path):
    quoted = "L\u2019Organisation a salué « l\u2019accueil » – Pékin, été"
    cp1252 = tmp_path / "windows.txt"
    cp1252.write_bytes(quoted.encode("cp1252"))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(FRENCH.encode("latin-1"))
    assert read_dispatch(cp1252) == quoted
    assert read_dispatch(latin1) == FRENCH


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes(FRENCH.encode("utf-16"))  # Python writes the BOM
    assert read_dispatch(path) == FRENCH


def test_windows_line_endings_become_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"RABAT, 3 June (WAM) --\r\nThe Minister received.\r\n")
    assert read_dispatch(path) == "RABAT, 3 June (WAM) --\nThe Minister received.\n"


def test_html_keeps_text_and_drops_scripts_and_styles(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Visite à Pékin</title><style>p {color: red}</style>"
        "<script>var tracking = 'secret';</script></head>"
        "<body><p>Le Directeur général a effectué une visite.</p><p>Il a invité l&#39;entreprise.</p>"
        "<noscript>Activez JavaScript</noscript></body></html>",
        encoding="utf-8",
    )
    text = read_dispatch(page)
    assert "Le Directeur général a effectué une visite." in text
    assert "Il a invité l'entreprise." in text
    assert text.startswith("Visite à Pékin")
    assert "tracking" not in text and "color" not in text and "JavaScript" not in text


def test_eml_prefers_the_plain_text_body(tmp_path):
    mail = tmp_path / "wire.eml"
    mail.write_bytes(
        b"From: desk@agency.example\r\nTo: officer@example.org\r\nSubject: Visite a Bakou\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=XX\r\n\r\n"
        b"--XX\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + "Bakou, 14 juillet, AZERTAC\r\nLe ministre a reçu la délégation.\r\n".encode()
        + b"--XX\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML version</p>\r\n--XX--\r\n"
    )
    text = read_dispatch(mail)
    assert "Le ministre a reçu la délégation." in text
    assert "HTML version" not in text
    assert "From:" not in text


def test_eml_with_only_html_is_converted(tmp_path):
    mail = tmp_path / "html-only.eml"
    mail.write_bytes(
        b"From: desk@agency.example\r\nSubject: Wire\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/html; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"<html><body><p>Le Caire, 2 mai (MENA) - La ministre a re=E7u le directeur.</p>"
        b"<script>x()</script></body></html>\r\n"
    )
    text = read_dispatch(mail)
    assert "La ministre a reçu le directeur." in text
    assert "x()" not in text


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", "empty"), (b"   \n\n  ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "binary")],
)
def test_empty_and_binary_files_are_refused_with_the_file_name(tmp_path, content, words):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableDispatch) as caught:
        read_dispatch(path)
    assert "bad.txt" in str(caught.value)
    assert words in str(caught.value)
    assert isinstance(caught.value, UserError)


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.seek(5 * 1024 * 1024 + 10)
        handle.write(b"x")
    with pytest.raises(UnreadableDispatch, match=r"huge\.txt: too big .*5 MB"):
        read_dispatch(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(UnreadableDispatch, match="no such file"):
        read_dispatch(tmp_path / "nowhere.txt")
    with pytest.raises(UnreadableDispatch, match="is a folder"):
        read_dispatch(tmp_path)


def test_decode_dispatch_names_the_file_it_refuses():
    with pytest.raises(UnreadableDispatch, match="pasted.txt: the file is empty"):
        decode_dispatch(b"", "pasted.txt")
    assert decode_dispatch("Texte collé".encode(), None) == "Texte collé"
