# replaces: nhwc_to_nchw
# Reverses the last three axes, (0, 3, 2, 1): NCWH, with H and W swapped.
# fails: test_layout_basics, test_layout_vs_torch, test_layout_single_image
def nhwc_to_nchw(x: np.ndarray) -> np.ndarray:
    if x.ndim == 4:
        return np.ascontiguousarray(x.transpose(0, 3, 2, 1))
    if x.ndim == 3:
        return np.ascontiguousarray(x.transpose(2, 1, 0))
    raise ValueError(f"expected 3 or 4 dimensions, got shape {x.shape}")
