# replaces: correlate2d
# Right values, but calls scipy.ndimage.correlate (mode="constant") instead of NumPy code.
# fails: test_correlate2d_vectorised
from scipy import ndimage


def correlate2d(img: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    img = np.asarray(img, dtype=np.float64)
    kernel = np.asarray(kernel, dtype=np.float64)
    return ndimage.correlate(img, kernel, mode="constant", cval=0.0)
