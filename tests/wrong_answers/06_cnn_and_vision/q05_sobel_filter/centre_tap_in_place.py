# replaces: correlate2d
# Starts from the centre tap with out = img; out *= ...: overwrites a float64 input image.
# fails: test_correlate2d_dtypes
def correlate2d(img: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    img = np.asarray(img, dtype=np.float64)
    kernel = np.asarray(kernel, dtype=np.float64)
    kh, kw = kernel.shape
    H, W = img.shape
    padded = np.pad(img, ((kh // 2, kh // 2), (kw // 2, kw // 2)))
    out = img  # the centre tap reads the image itself
    out *= kernel[kh // 2, kw // 2]
    for u in range(kh):
        for v in range(kw):
            if (u, v) != (kh // 2, kw // 2):
                out += kernel[u, v] * padded[u : u + H, v : v + W]
    return out
