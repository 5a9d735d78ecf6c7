# replaces: standardize
# Uses the sample standard deviation (ddof=1), the default of pandas' .std().
# fails: test_standardize_basics, test_standardize_constant_columns, test_standardize_dtypes, test_standardize_inputs_unchanged, test_standardize_numpy_only, test_standardize_train_only, test_standardize_vs_sklearn
def standardize(
    X_train: np.ndarray, X_test: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    if X_train.ndim != 2 or X_test.ndim != 2:
        raise ValueError("X_train and X_test must be 2-D")
    if X_train.shape[1] != X_test.shape[1] or X_train.shape[0] == 0:
        raise ValueError("shapes do not match")
    mean = X_train.mean(axis=0)
    constant = np.ptp(X_train, axis=0) == 0
    with np.errstate(all="ignore"):
        std = X_train.std(axis=0, ddof=1)
    scale = np.where(constant, 1.0, std).astype(mean.dtype)
    return (X_train - mean) / scale, (X_test - mean) / scale, mean, scale
