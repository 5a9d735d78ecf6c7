# replaces: sobel
# gx and gy swapped (the transposed kernel used for x).
# fails: test_sobel_basics, test_sobel_torch, test_sobel_directions, test_sobel_uint8
def sobel(img: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    def corr(a, k):  # correct zero-padded correlation, independent of correlate2d
        a = np.asarray(a, dtype=np.float64)
        p = np.pad(a, 1)
        return sum(
            k[u, v] * p[u : u + a.shape[0], v : v + a.shape[1]]
            for u in range(3)
            for v in range(3)
        )

    ky = np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])
    gx = corr(img, ky.T)
    gy = corr(img, ky)
    return gx, gy, np.hypot(gx, gy)
