# replaces: standardize
# Standardises the caller's arrays in place (-= and /=) to save memory.
# fails: test_standardize_inputs_unchanged, test_standardize_one_row, test_standardize_train_only
def standardize(
    X_train: np.ndarray, X_test: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    if X_train.ndim != 2 or X_test.ndim != 2:
        raise ValueError("X_train and X_test must be 2-D")
    if X_train.shape[1] != X_test.shape[1] or X_train.shape[0] == 0:
        raise ValueError("shapes do not match")
    mean = X_train.mean(axis=0)
    constant = np.ptp(X_train, axis=0) == 0
    scale = np.where(constant, 1.0, X_train.std(axis=0)).astype(mean.dtype)
    if not np.issubdtype(X_train.dtype, np.floating):
        X_train, X_test = X_train.astype(np.float64), X_test.astype(np.float64)
    X_train -= mean
    X_train /= scale
    X_test -= mean
    X_test /= scale
    return X_train, X_test, mean, scale
