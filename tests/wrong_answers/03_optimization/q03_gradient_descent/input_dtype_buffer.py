# replaces: gd_quadratic
# Preallocates the trajectory with x0's dtype: integers are truncated, float32 kept.
# fails: test_gd_dtypes
def gd_quadratic(A, b, x0, lr, num_steps, tol=0.0):
    if num_steps < 0 or lr <= 0 or tol < 0:
        raise ValueError("bad arguments")
    X = np.empty((num_steps + 1, len(x0)), dtype=x0.dtype)
    X[0] = x0
    for t in range(num_steps):
        g = A @ X[t] - b
        if np.linalg.norm(g) <= tol:
            return X[: t + 1]
        X[t + 1] = X[t] - lr * g
    return X
