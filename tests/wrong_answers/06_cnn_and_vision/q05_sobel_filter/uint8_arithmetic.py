# replaces: sobel
# Shifted-slice sums done in the image's own dtype, cast to float only at the end (uint8 wraps).
# fails: test_sobel_uint8
def sobel(img: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    p = np.pad(np.asarray(img), 1)
    H, W = p.shape[0] - 2, p.shape[1] - 2

    def s(dy, dx):
        return p[1 + dy : 1 + dy + H, 1 + dx : 1 + dx + W]

    gx = (s(-1, 1) + 2 * s(0, 1) + s(1, 1)) - (s(-1, -1) + 2 * s(0, -1) + s(1, -1))
    gy = (s(1, -1) + 2 * s(1, 0) + s(1, 1)) - (s(-1, -1) + 2 * s(-1, 0) + s(-1, 1))
    gx, gy = gx.astype(np.float64), gy.astype(np.float64)
    return gx, gy, np.hypot(gx, gy)
