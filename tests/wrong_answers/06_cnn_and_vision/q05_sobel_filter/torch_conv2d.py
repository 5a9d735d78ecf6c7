# replaces: correlate2d
# Right values, but calls torch's conv2d instead of writing the correlation in NumPy.
# fails: test_correlate2d_vectorised
def correlate2d(img: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    kh, kw = np.shape(kernel)
    x = torch.as_tensor(np.asarray(img, dtype=np.float64))[None, None]
    w = torch.as_tensor(np.asarray(kernel, dtype=np.float64))[None, None]
    return F.conv2d(x, w, padding=(kh // 2, kw // 2))[0, 0].numpy()
