# replaces: stable_softmax
# Calls torch.softmax and patches the NaN of fully masked slices to 0.
# fails: test_softmax_numpy_only
def stable_softmax(z: np.ndarray, axis: int = -1) -> np.ndarray:
    z = np.asarray(z)
    if not np.issubdtype(z.dtype, np.floating):
        z = z.astype(np.float64)
    if np.isnan(z).any() or np.isposinf(z).any():
        raise ValueError("z contains NaN or +inf")
    p = torch.softmax(torch.from_numpy(z), dim=axis).numpy()
    return np.nan_to_num(p, nan=0.0)
