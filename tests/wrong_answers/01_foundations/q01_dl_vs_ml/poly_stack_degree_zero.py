# replaces: polynomial_features
# Stacks the column list directly: np.stack of an empty list fails for degree 0.
# fails: test_poly_degree_zero
def polynomial_features(X: np.ndarray, degree: int) -> np.ndarray:
    from itertools import combinations_with_replacement

    if X.ndim != 2 or degree < 0:
        raise ValueError("bad input")
    columns = [
        X[:, list(idx)].prod(axis=1)
        for k in range(1, degree + 1)
        for idx in combinations_with_replacement(range(X.shape[1]), k)
    ]
    return np.stack(columns, axis=1)
