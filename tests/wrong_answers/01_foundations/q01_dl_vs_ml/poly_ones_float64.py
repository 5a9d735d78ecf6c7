# replaces: polynomial_features
# Builds each product from np.ones(N), which is float64: float32 input is upcast.
# fails: test_poly_dtype
def polynomial_features(X: np.ndarray, degree: int) -> np.ndarray:
    from itertools import combinations_with_replacement

    if X.ndim != 2 or degree < 0:
        raise ValueError("bad input")
    columns = []
    for k in range(1, degree + 1):
        for idx in combinations_with_replacement(range(X.shape[1]), k):
            col = np.ones(X.shape[0])
            for i in idx:
                col = col * X[:, i]
            columns.append(col)
    if not columns:
        return np.empty((X.shape[0], 0), dtype=X.dtype)
    return np.stack(columns, axis=1)
