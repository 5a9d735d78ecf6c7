# replaces: standardize
# Copies the inputs, then subtracts in place: integer copies cannot hold floats.
# fails: test_standardize_dtypes
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
    Z_train, Z_test = X_train.copy(), X_test.copy()
    Z_train -= mean
    Z_train /= scale
    Z_test -= mean
    Z_test /= scale
    return Z_train, Z_test, mean, scale
