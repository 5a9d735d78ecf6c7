# replaces: polynomial_features
# Calls scikit-learn's PolynomialFeatures instead of building the products.
# fails: test_poly_no_sklearn
def polynomial_features(X: np.ndarray, degree: int) -> np.ndarray:
    from sklearn.preprocessing import PolynomialFeatures

    if X.ndim != 2 or degree < 0:
        raise ValueError("bad input")
    if degree == 0:
        return np.empty((X.shape[0], 0), dtype=X.dtype)
    return PolynomialFeatures(degree, include_bias=False).fit_transform(X)
