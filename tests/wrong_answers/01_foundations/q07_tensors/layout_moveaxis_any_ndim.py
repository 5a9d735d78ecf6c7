# replaces: nhwc_to_nchw
# Moves the last axis to position -3 for any rank, so 5-D inputs do not raise.
# fails: test_layout_bad_ndim
def nhwc_to_nchw(x: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(np.moveaxis(x, -1, -3))
