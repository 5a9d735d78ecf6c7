# replaces: standardize
# Marks constant columns with std == 0, which misses a std that rounds to 1e-17.
# fails: test_standardize_constant_columns
def standardize(
    X_train: np.ndarray, X_test: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    if X_train.ndim != 2 or X_test.ndim != 2:
        raise ValueError("X_train and X_test must be 2-D")
    if X_train.shape[1] != X_test.shape[1] or X_train.shape[0] == 0:
        raise ValueError("shapes do not match")
    mean = X_train.mean(axis=0)
    scale = X_train.std(axis=0)
    scale[scale == 0] = 1.0
    return (X_train - mean) / scale, (X_test - mean) / scale, mean, scale
