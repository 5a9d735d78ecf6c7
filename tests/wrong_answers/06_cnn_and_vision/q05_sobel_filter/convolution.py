# replaces: correlate2d
# Convolution instead of correlation: the kernel is flipped in both directions.
# fails: test_correlate2d_basics, test_correlate2d_torch, test_correlate2d_dtypes
def correlate2d(img: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    img = np.asarray(img, dtype=np.float64)
    kernel = np.asarray(kernel, dtype=np.float64)[::-1, ::-1]
    kh, kw = kernel.shape
    H, W = img.shape
    padded = np.pad(img, ((kh // 2, kh // 2), (kw // 2, kw // 2)))
    out = np.zeros((H, W))
    for u in range(kh):
        for v in range(kw):
            out += kernel[u, v] * padded[u : u + H, v : v + W]
    return out
