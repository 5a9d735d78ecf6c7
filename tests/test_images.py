"""Unit tests of course.kit.images, the synthetic test images."""

from __future__ import annotations

import numpy as np
import pytest

from course.kit.images import add_noise, shapes_image, step_edge


@pytest.mark.parametrize(
    "make",
    [
        lambda: shapes_image(48),
        lambda: shapes_image(33, angle=-70.0, noise=0.4, seed=3),
        lambda: step_edge(40),
        lambda: step_edge(25, 135.0, 0.5, seed=1),
    ],
)
def test_images_are_float64_in_the_unit_range(make):
    img = make()
    assert img.dtype == np.float64 and img.ndim == 2 and img.shape[0] == img.shape[1]
    assert img.min() >= 0.0 and img.max() <= 1.0


def test_shapes_image_has_three_levels_and_a_flat_border():
    img = shapes_image(64, background=0.1, square=0.8, disc=0.5)
    assert set(np.unique(img)) == {0.1, 0.8, 0.5}
    border = np.concatenate([img[:2].ravel(), img[-2:].ravel(), img[:, :2].ravel()])
    assert np.all(border == 0.1), "the shapes must not touch the border"
    assert 0.05 < (img == 0.8).mean() < 0.2 and 0.05 < (img == 0.5).mean() < 0.15


def test_shapes_image_rotation_keeps_the_square_area():
    areas = [(shapes_image(128, angle=a) == 0.9).mean() for a in (0.0, 25.0, 45.0)]
    assert max(areas) - min(areas) < 0.01
    assert not np.array_equal(shapes_image(64, angle=0.0), shapes_image(64, angle=30.0))


def test_step_edge_geometry():
    vertical = step_edge(10)
    assert np.all(vertical[:, :5] == 0.25) and np.all(vertical[:, 5:] == 0.75)
    horizontal = step_edge(10, 90.0)
    assert np.all(horizontal[:5] == 0.25) and np.all(horizontal[5:] == 0.75)
    flipped = step_edge(10, 180.0, low=0.0, high=1.0)
    assert np.all(flipped[:, :5] == 1.0) and np.all(flipped[:, 5:] == 0.0)
    diagonal = step_edge(20, 45.0)
    assert diagonal[0, 0] == 0.25 and diagonal[-1, -1] == 0.75
    assert np.array_equal(diagonal, diagonal.T), "a 45-degree edge is symmetric"


def test_noise_is_seeded_and_has_the_requested_scale():
    a = add_noise(np.full((200, 200), 0.5), 0.1, seed=4, clip=False)
    b = add_noise(np.full((200, 200), 0.5), 0.1, seed=4, clip=False)
    c = add_noise(np.full((200, 200), 0.5), 0.1, seed=5, clip=False)
    assert np.array_equal(a, b) and not np.array_equal(a, c)
    assert abs(a.std() - 0.1) < 0.005 and abs(a.mean() - 0.5) < 0.002
    clipped = add_noise(np.zeros((50, 50)), 0.3, seed=0)
    assert clipped.min() == 0.0 and clipped.max() <= 1.0
    assert np.array_equal(
        step_edge(16, noise=0.2, seed=7), step_edge(16, 0, 0.2, seed=7)
    )


def test_inputs_are_not_modified_and_bad_arguments_raise():
    img = np.full((5, 5), 0.5)
    add_noise(img, 0.3, seed=0)
    assert np.all(img == 0.5)
    with pytest.raises(ValueError):
        add_noise(img, -0.1)
    with pytest.raises(ValueError):
        shapes_image(16, square=1.5)
    with pytest.raises(ValueError):
        step_edge(16, low=-0.2)
    with pytest.raises(ValueError):
        shapes_image(0)
