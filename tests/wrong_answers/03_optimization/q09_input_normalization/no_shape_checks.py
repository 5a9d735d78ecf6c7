# replaces: standardize
# Right arithmetic, but never checks the shapes: no ValueError for bad inputs.
# fails: test_standardize_invalid
def standardize(
    X_train: np.ndarray, X_test: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    mean = X_train.mean(axis=0)
    constant = np.ptp(X_train, axis=0) == 0
    scale = np.where(constant, 1.0, X_train.std(axis=0)).astype(mean.dtype)
    return (X_train - mean) / scale, (X_test - mean) / scale, mean, scale
