"""The admin page's deep links open the app: unknown paths get index.html with 200."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from api import app as app_module
from shenguan.settings import Settings


@pytest.fixture
def dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "dist"
    (folder / "assets").mkdir(parents=True)
    (folder / "index.html").write_text("<!doctype html><title>审管联动</title>")
    (folder / "assets" / "app.js").write_text("console.log(1)")
    monkeypatch.setattr(app_module, "FRONTEND_DIST", folder)
    return folder


async def test_deep_link_gets_index_html(dist: Path, db: str, settings: Settings) -> None:
    app = app_module.create_app(settings, manage_db=False)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as client:
        page = await client.get("/calendar/2026")
        assert page.status_code == 200
        assert "审管联动" in page.text
        asset = await client.get("/assets/app.js")
        assert asset.status_code == 200 and asset.text == "console.log(1)"
        # A missing file keeps its 404: the fallback is for routes, not files.
        missing = await client.get("/assets/missing.js")
        assert missing.status_code == 404
        # The API is not shadowed by the app.
        health = await client.get("/healthz")
        assert health.text == "ok"


async def test_assets_are_compressed_and_cached_index_html_is_revalidated(
    dist: Path, db: str, settings: Settings
) -> None:
    (dist / "assets" / "page-1a2b3c.js").write_text("console.log('审管联动');\n" * 200)
    app = app_module.create_app(settings, manage_db=False)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as client:
        asset = await client.get("/assets/page-1a2b3c.js", headers={"Accept-Encoding": "gzip"})
        assert asset.headers["content-encoding"] == "gzip"
        assert asset.text.startswith("console.log('审管联动');")  # httpx decompresses
        assert "immutable" in asset.headers["cache-control"]
        plain = await client.get("/assets/page-1a2b3c.js", headers={"Accept-Encoding": ""})
        assert "content-encoding" not in plain.headers
        for path in ("/", "/calendar/2026"):
            page = await client.get(path)
            assert page.headers["cache-control"] == "no-cache", path
