# replaces: standardize
# Divides by the std with no rule for constant columns: 0/0 gives NaN.
# fails: test_standardize_constant_columns, test_standardize_dtypes, test_standardize_inputs_unchanged, test_standardize_one_row
def standardize(
    X_train: np.ndarray, X_test: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    if X_train.ndim != 2 or X_test.ndim != 2:
        raise ValueError("X_train and X_test must be 2-D")
    if X_train.shape[1] != X_test.shape[1] or X_train.shape[0] == 0:
        raise ValueError("shapes do not match")
    mean = X_train.mean(axis=0)
    scale = X_train.std(axis=0)
    return (X_train - mean) / scale, (X_test - mean) / scale, mean, scale
