"""End to end: the real `workbench review` in a real terminal (tmux), driven by keys, checked on disk."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time

import pytest

from tests.test_tui_support import make_workspace, on_disk, reopen

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed: the end-to-end review test needs it "
                                                       "(apt-get install tmux)")


class Terminal:
    """One tmux session on a private socket, so nothing of the user's tmux is touched."""

    def __init__(self, socket, command: str, size=(120, 32)):
        # -f /dev/null: none of the user's tmux configuration.
        self.base = [TMUX, "-S", str(socket), "-f", "/dev/null"]
        subprocess.run([*self.base, "new-session", "-d", "-s", "review", "-x", str(size[0]), "-y", str(size[1]),
                        command], check=True)

    def screen(self) -> str:
        done = subprocess.run([*self.base, "capture-pane", "-p", "-t", "review"], capture_output=True, text=True, check=False)
        return done.stdout

    def keys(self, *keys: str) -> None:
        subprocess.run([*self.base, "send-keys", "-t", "review", *keys], check=True)

    def type(self, text: str) -> None:
        subprocess.run([*self.base, "send-keys", "-t", "review", "-l", text], check=True)

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if text in shown:
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never appeared; the screen shows:\n{shown}")
            time.sleep(0.1)

    def close(self) -> None:
        subprocess.run([*self.base, "kill-server"], capture_output=True, check=False)


def test_review_in_tmux(tmp_path):
    ws = make_workspace(tmp_path / "desk")
    first, second = sorted(ws.load_all().claims, key=lambda c: (c.source, c.start))[:2]
    status_file = tmp_path / "exit-status"
    review = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "workbench", "-w", str(ws.root), "review",
                                                "--bidi", "visual"])
    # COLUMNS/LINES left over from the pane's first size would pin Textual to it.
    command = f"unset COLUMNS LINES; TERM=xterm-256color {review}; echo $? > {shlex.quote(str(status_file))}"
    term = Terminal(tmp_path / "tmux.sock", command)
    try:
        term.wait_for("0/6 decided")
        shown = term.wait_for("f False")
        assert "ﺔﻣﻮﻜﺤﻟﺍ" in shown           # الحكومة, shaped and in visual order
        assert "t True" in shown and "f False" in shown   # the footer's rating keys

        term.keys("f")
        term.wait_for("1/6 decided")
        assert on_disk(ws, first).status == "false"       # on disk before the next key

        term.keys("t")
        term.wait_for("2/6 decided")
        term.keys("u")
        shown = term.wait_for("1/6 decided")
        assert "Undone: marked true" in shown
        assert on_disk(ws, second).status == "unreviewed"

        term.keys("n")
        term.wait_for("Note on")
        term.type("checked by the end-to-end test")
        term.keys("C-s")
        term.wait_for("notes (1)")

        term.keys("C-q")
        deadline = time.monotonic() + 10
        while not status_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert status_file.read_text().strip() == "0"
    finally:
        term.close()
    fresh = reopen(ws)
    claims = {c.id: c for c in fresh.load_all().claims}
    assert (claims[first.id].status, claims[first.id].reviewed_by) == ("false", "tester")
    assert claims[second.id].status == "unreviewed"
    assert [n.text for n in claims[second.id].notes] == ["checked by the end-to-end test"]
