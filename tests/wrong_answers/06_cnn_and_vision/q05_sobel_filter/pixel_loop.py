# replaces: correlate2d
# Correct values, but a Python loop over every pixel (not vectorised).
# fails: test_correlate2d_vectorised
def correlate2d(img: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    img = np.asarray(img, dtype=np.float64)
    kernel = np.asarray(kernel, dtype=np.float64)
    kh, kw = kernel.shape
    H, W = img.shape
    padded = np.pad(img, ((kh // 2, kh // 2), (kw // 2, kw // 2)))
    out = np.zeros((H, W))
    for y in range(H):
        for x in range(W):
            out[y, x] = np.sum(kernel * padded[y : y + kh, x : x + kw])
    return out
