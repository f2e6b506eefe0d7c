"""``attrib serve`` over HTTP on 127.0.0.1: statuses and messages for good and bad requests,
downloads, limits, and a bounded burst of concurrent requests."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import start_server, stop  # type: ignore[attr-defined]

ROOT = Path(__file__).resolve().parents[2]
EN = ("The finance minister said on Monday that the talks with the IMF would resume next week. "
      '"We are close," she told Reuters.')


def multipart(fields: dict[str, str], files: list[tuple[str, str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    out = b""
    for k, v in fields.items():
        out += (f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n').encode()
    for field, name, data in files:
        out += (f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{name}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n").encode() + data + b"\r\n"
    return out + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def post(url: str, fields: dict[str, str], files: list[tuple[str, str, bytes]] = ()) -> tuple[int, str]:  # type: ignore[assignment]
    body, ctype = multipart(fields, files)
    req = urllib.request.Request(url, data=body, headers={"Content-Type": ctype}, method="POST")
    return fetch(req)


def fetch(req: urllib.request.Request | str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def test_pasted_story_gives_table_and_downloads(server: str) -> None:
    status, page = post(server + "/extract", {"text": EN, "lang": "auto"})
    assert status == 200 and page.count('<tr id="art1-row-') == 2
    token = page.split("/download/")[1].split("/")[0]
    status, body = fetch(f"{server}/download/{token}/json")
    record = json.loads(body)[0]
    assert status == 200 and [a["cue"]["text"] for a in record["attributions"]] == ["said", "told"]
    status, body = fetch(f"{server}/download/{token}/html")
    assert status == 200 and body.startswith("<!DOCTYPE html>") and "that the talks with the IMF" in body
    assert fetch(f"{server}/download/{token}/exe")[0] == 404
    assert fetch(f"{server}/download/nosuchtoken/csv")[0] == 404


@pytest.mark.parametrize(("name", "data", "message"), [
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 50, "looks like a binary file"),
    ("empty.txt", b"", "the file is empty"),
    ("latin1.txt", "Le ministre a déclaré à la presse".encode("latin-1") * 3, "cannot decode the text"),
    ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text found"),
    ("french.txt", ("Le ministre des finances a déclaré lundi que les négociations avec le FMI reprendraient "
                    "la semaine prochaine et que le gouvernement présenterait un nouveau plan budgétaire "
                    "aux députés avant la fin du mois, selon plusieurs sources proches du dossier.").encode(),
     "does not look like English"),
    ("chinese.txt", "财政部长周一表示，与国际货币基金组织的谈判将于下周恢复。".encode(), "not in English or Arabic"),
])
def test_bad_upload_is_one_message_and_422(server: str, name: str, data: bytes, message: str) -> None:
    status, page = post(server + "/extract", {"lang": "auto"}, [("files", name, data)])
    assert status == 422
    assert message in page and "Traceback" not in page


def test_bad_file_does_not_cost_the_others(server: str) -> None:
    page_html = (ROOT / "examples" / "pages" / "harbour_strike.html").read_bytes()
    status, page = post(server + "/extract", {"lang": "auto"},
                        [("files", "bad.txt", b"\x00\x01\x02"), ("files", "harbour_strike.html", page_html)])
    assert status == 200
    assert "1 of 2 inputs could not be analysed" in page and "bad.txt: looks like a binary file" in page
    assert "Dock workers end strike after pay deal" in page and page.count('<tr id="art2-row-') == 10


def test_nothing_given_and_wrong_methods(server: str) -> None:
    status, page = post(server + "/extract", {"text": "   "})
    assert status == 400 and "Paste a story or choose one or more files first." in page
    assert fetch(server + "/nowhere")[0] == 404
    assert fetch(urllib.request.Request(server + "/extract", method="PUT"))[0] == 405


def test_limits_per_file_and_per_request() -> None:
    proc, url = start_server("--max-upload-mb", "1", "--max-file-mb", "0.1")
    try:
        story = (EN + "\n").encode() * 2000  # about 250 kB
        status, page = post(url + "/extract", {"text": EN}, [("files", "long.txt", story)])
        assert status == 200 and re.search(r"long\.txt: too large \(0\.2\d MB; the limit is 0\.1 MB per file\)", page)
        status, page = post(url + "/extract", {}, [("files", "huge.txt", story * 5)])
        assert status == 413 and "the limit is 1 MB per request" in page
    finally:
        stop(proc)


def test_twenty_concurrent_requests(server: str) -> None:
    article = (ROOT / "examples" / "articles" / "en_1_pakistan_imf.txt").read_text(encoding="utf-8")
    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(lambda i: post(server + "/extract", {"text": article, "name": f"copy {i}"}),
                                range(20)))
    assert [s for s, _ in results] == [200] * 20
    assert len({p.count('<tr id="art1-row-') for _, p in results}) == 1
