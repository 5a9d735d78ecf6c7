# replaces: correlate2d
# No padding ('valid' correlation): the output shrinks to (H - kh + 1, W - kw + 1).
# fails: test_correlate2d_basics, test_correlate2d_torch, test_correlate2d_zero_padding, test_correlate2d_dtypes, test_correlate2d_vectorised
def correlate2d(img: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    img = np.asarray(img, dtype=np.float64)
    kernel = np.asarray(kernel, dtype=np.float64)
    kh, kw = kernel.shape
    H, W = img.shape[0] - kh + 1, img.shape[1] - kw + 1
    out = np.zeros((max(H, 0), max(W, 0)))
    for u in range(kh):
        for v in range(kw):
            out += kernel[u, v] * img[u : u + H, v : v + W]
    return out
