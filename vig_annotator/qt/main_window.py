"""The main window (placeholder until the workstation lands)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QMainWindow

from vig_annotator.store import clips as clip_store
from vig_annotator.store.project_file import open_project


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.resize(1280, 800)
        self.video = QVideoWidget(self)
        self.setCentralWidget(self.video)
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.player.setVideoOutput(self.video)

    def open_path(self, path: Path) -> None:
        project = open_project(path)
        clip = project.clips[0]
        self.player.setSource(QUrl.fromLocalFile(str(clip_store.resolve(project, clip))))
        self.setWindowTitle(f"vig-annotator — {path.name}")
        self.player.play()
