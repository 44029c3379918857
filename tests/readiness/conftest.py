import pytest

from tests.readiness.test_readiness import Setup


@pytest.fixture
def setup(world):
    """A Magelang section with courses per pillar and one WKSBM (`Setup`)."""
    return Setup(world)
