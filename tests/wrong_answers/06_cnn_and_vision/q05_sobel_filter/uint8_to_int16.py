# replaces: sobel
# Widens uint8 to int16 (like cv2.CV_16S) but computes other dtypes in their own type.
# fails: test_sobel_uint8
def sobel(img: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    img = np.asarray(img)
    if img.dtype == np.uint8:
        img = img.astype(np.int16)  # room for -1020 ... 1020
    padded = np.pad(img, 1)
    down = padded[:-2] + 2 * padded[1:-1] + padded[2:]
    across = padded[:, :-2] + 2 * padded[:, 1:-1] + padded[:, 2:]
    gx = (down[:, 2:] - down[:, :-2]).astype(np.float64)
    gy = (across[2:] - across[:-2]).astype(np.float64)
    return gx, gy, np.hypot(gx, gy)
