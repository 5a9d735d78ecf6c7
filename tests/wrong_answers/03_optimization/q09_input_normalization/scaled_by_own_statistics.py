# replaces: standardize
# Standardises the test rows with their own mean and std (fit_transform on each set).
# fails: test_standardize_basics, test_standardize_constant_columns, test_standardize_dtypes, test_standardize_inputs_unchanged, test_standardize_numpy_only, test_standardize_one_row, test_standardize_train_only, test_standardize_vs_sklearn
def standardize(
    X_train: np.ndarray, X_test: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    if X_train.ndim != 2 or X_test.ndim != 2:
        raise ValueError("X_train and X_test must be 2-D")
    if X_train.shape[1] != X_test.shape[1] or X_train.shape[0] == 0:
        raise ValueError("shapes do not match")

    def fit(X):
        mean = X.mean(axis=0)
        constant = np.ptp(X, axis=0) == 0
        return mean, np.where(constant, 1.0, X.std(axis=0)).astype(mean.dtype)

    mean, scale = fit(X_train)
    mean_test, scale_test = fit(X_test)
    return (X_train - mean) / scale, (X_test - mean_test) / scale_test, mean, scale
