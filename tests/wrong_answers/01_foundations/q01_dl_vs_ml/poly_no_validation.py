# replaces: polynomial_features
# No checks: a negative degree quietly gives no columns, a 1-D X an IndexError.
# fails: test_poly_invalid
def polynomial_features(X: np.ndarray, degree: int) -> np.ndarray:
    from itertools import combinations_with_replacement

    columns = [
        X[:, list(idx)].prod(axis=1)
        for k in range(1, degree + 1)
        for idx in combinations_with_replacement(range(X.shape[1]), k)
    ]
    if not columns:
        return np.empty((X.shape[0], 0), dtype=X.dtype)
    return np.stack(columns, axis=1)
