# replaces: nhwc_to_nchw
# Reshapes to the NCHW shape instead of moving the channel axis.
# fails: test_layout_basics, test_layout_vs_torch, test_layout_single_image
def nhwc_to_nchw(x: np.ndarray) -> np.ndarray:
    if x.ndim == 4:
        n, h, w, c = x.shape
        return x.reshape(n, c, h, w).copy()
    if x.ndim == 3:
        h, w, c = x.shape
        return x.reshape(c, h, w).copy()
    raise ValueError(f"expected 3 or 4 dimensions, got shape {x.shape}")
