# replaces: standardize
# Converts the inputs to float64 first "to be safe": float32 comes back as float64.
# fails: test_standardize_dtypes
def standardize(
    X_train: np.ndarray, X_test: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    if X_train.ndim != 2 or X_test.ndim != 2:
        raise ValueError("X_train and X_test must be 2-D")
    if X_train.shape[1] != X_test.shape[1] or X_train.shape[0] == 0:
        raise ValueError("shapes do not match")
    X_train = X_train.astype(np.float64)
    X_test = X_test.astype(np.float64)
    mean = X_train.mean(axis=0)
    constant = np.ptp(X_train, axis=0) == 0
    scale = np.where(constant, 1.0, X_train.std(axis=0))
    return (X_train - mean) / scale, (X_test - mean) / scale, mean, scale
