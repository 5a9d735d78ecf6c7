# replaces: gd_quadratic
# Steps x0 itself in place (saving a copy) and stores copies: the caller's x0 changes.
# fails: test_gd_stopping, test_gd_divergence, test_gd_dtypes
def gd_quadratic(A, b, x0, lr, num_steps, tol=0.0):
    if num_steps < 0 or lr <= 0 or tol < 0:
        raise ValueError("bad arguments")
    x = x0 if x0.dtype == np.float64 else x0.astype(np.float64)
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    rows = [x.copy()]
    for _ in range(num_steps):
        g = A @ x - b
        if np.linalg.norm(g) <= tol:
            break
        x -= lr * g
        rows.append(x.copy())
    return np.array(rows)
