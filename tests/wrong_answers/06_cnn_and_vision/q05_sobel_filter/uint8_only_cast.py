# replaces: correlate2d
# Casts only uint8 images to float64 and accumulates in zeros_like(img): other dtypes keep theirs.
# fails: test_correlate2d_dtypes
def correlate2d(img: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    img = np.asarray(img)
    if img.dtype == np.uint8:  # the only type that wraps around, or so it seems
        img = img.astype(np.float64)
    kernel = np.asarray(kernel, dtype=np.float64)
    kh, kw = kernel.shape
    H, W = img.shape
    padded = np.pad(img, ((kh // 2, kh // 2), (kw // 2, kw // 2)))
    out = np.zeros_like(img)
    for u in range(kh):
        for v in range(kw):
            out += kernel[u, v] * padded[u : u + H, v : v + W]
    return out
