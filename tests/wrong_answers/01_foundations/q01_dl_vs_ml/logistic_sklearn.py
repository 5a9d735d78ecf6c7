# replaces: fit_logistic
# Fits scikit-learn's LogisticRegression: a regularised optimum, not the descent path.
# fails: test_logistic_basics, test_logistic_vs_autograd, test_logistic_edge_cases, test_logistic_large_logits, test_logistic_no_library, test_logistic_inputs_unchanged
def fit_logistic(
    F: np.ndarray, y: np.ndarray, *, lr: float, num_steps: int
) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    if num_steps < 0 or lr <= 0:
        raise ValueError("bad input")
    model = LogisticRegression(max_iter=num_steps).fit(F, y)
    return model.coef_[0].astype(F.dtype), float(model.intercept_[0])
