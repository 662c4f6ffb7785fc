"""Model-test fixtures."""

from __future__ import annotations

import pytest
from model_fakes import FakeClock, tiny_catalogue

from stretchtimer.model.catalogue import Catalogue


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def catalogue() -> Catalogue:
    return tiny_catalogue()
