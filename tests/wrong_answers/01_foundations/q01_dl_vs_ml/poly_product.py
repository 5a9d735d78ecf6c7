# replaces: polynomial_features
# Uses itertools.product: x1 x2 and x2 x1 both appear, so columns are duplicated.
# fails: test_poly_basics, test_poly_vs_sklearn, test_poly_count, test_poly_dtype, test_poly_no_sklearn
def polynomial_features(X: np.ndarray, degree: int) -> np.ndarray:
    from itertools import product

    if X.ndim != 2 or degree < 0:
        raise ValueError("bad input")
    columns = [
        X[:, list(idx)].prod(axis=1)
        for k in range(1, degree + 1)
        for idx in product(range(X.shape[1]), repeat=k)
    ]
    if not columns:
        return np.empty((X.shape[0], 0), dtype=X.dtype)
    return np.stack(columns, axis=1)
