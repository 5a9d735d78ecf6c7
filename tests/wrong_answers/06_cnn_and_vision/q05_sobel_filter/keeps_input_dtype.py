# replaces: correlate2d
# Casts the result back to the image's dtype, so a uint8 image wraps negative values.
# fails: test_correlate2d_dtypes
def correlate2d(img: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    dtype = np.asarray(img).dtype
    img = np.asarray(img, dtype=np.float64)
    kernel = np.asarray(kernel, dtype=np.float64)
    kh, kw = kernel.shape
    H, W = img.shape
    padded = np.pad(img, ((kh // 2, kh // 2), (kw // 2, kw // 2)))
    out = np.zeros((H, W))
    for u in range(kh):
        for v in range(kw):
            out += kernel[u, v] * padded[u : u + H, v : v + W]
    return out.astype(dtype)
