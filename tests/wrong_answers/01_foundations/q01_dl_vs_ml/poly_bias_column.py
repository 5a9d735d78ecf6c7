# replaces: polynomial_features
# Starts at degree 0, so a constant column of ones comes first.
# fails: test_poly_basics, test_poly_vs_sklearn, test_poly_count, test_poly_degree_zero, test_poly_dtype, test_poly_no_sklearn
def polynomial_features(X: np.ndarray, degree: int) -> np.ndarray:
    from itertools import combinations_with_replacement

    if X.ndim != 2 or degree < 0:
        raise ValueError("bad input")
    columns = [
        X[:, list(idx)].prod(axis=1)
        for k in range(0, degree + 1)
        for idx in combinations_with_replacement(range(X.shape[1]), k)
    ]
    return np.stack(columns, axis=1)
