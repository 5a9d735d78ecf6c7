# replaces: correlate2d
# sliding_window_view and einsum without converting: the dtype follows the inputs (int64, float32).
# fails: test_correlate2d_dtypes
def correlate2d(img: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    kh, kw = np.shape(kernel)
    padded = np.pad(np.asarray(img), ((kh // 2, kh // 2), (kw // 2, kw // 2)))
    windows = np.lib.stride_tricks.sliding_window_view(padded, (kh, kw))
    return np.einsum("yxuv,uv->yx", windows, kernel)
