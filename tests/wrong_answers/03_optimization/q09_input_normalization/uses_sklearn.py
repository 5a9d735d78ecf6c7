# replaces: standardize
# Calls scikit-learn's StandardScaler instead of computing the statistics.
# fails: test_standardize_dtypes, test_standardize_numpy_only
def standardize(
    X_train: np.ndarray, X_test: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    if X_train.ndim != 2 or X_test.ndim != 2:
        raise ValueError("X_train and X_test must be 2-D")
    if X_train.shape[1] != X_test.shape[1] or X_train.shape[0] == 0:
        raise ValueError("shapes do not match")
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(X_train)
    return (
        scaler.transform(X_train),
        scaler.transform(X_test),
        scaler.mean_,
        scaler.scale_,
    )
