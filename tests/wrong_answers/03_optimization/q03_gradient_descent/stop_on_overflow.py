# replaces: gd_quadratic
# Stops as soon as an iterate is no longer finite, dropping the inf/nan rows.
# fails: test_gd_divergence
def gd_quadratic(A, b, x0, lr, num_steps, tol=0.0):
    if num_steps < 0 or lr <= 0 or tol < 0:
        raise ValueError("bad arguments")
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    x = np.array(x0, dtype=np.float64)
    rows = [x]
    for _ in range(num_steps):
        g = A @ x - b
        if np.linalg.norm(g) <= tol:
            break
        x = x - lr * g
        if not np.isfinite(x).all():
            break
        rows.append(x)
    return np.array(rows)
