# replaces: gd_quadratic
# Shortcut for num_steps = 0 that returns x0 itself, shape (d,) instead of (1, d).
# fails: test_gd_zero_steps
def gd_quadratic(A, b, x0, lr, num_steps, tol=0.0):
    if num_steps < 0 or lr <= 0 or tol < 0:
        raise ValueError("bad arguments")
    if num_steps == 0:
        return np.asarray(x0, dtype=np.float64)
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    x = np.array(x0, dtype=np.float64)
    rows = [x]
    for _ in range(num_steps):
        g = A @ x - b
        if np.linalg.norm(g) <= tol:
            break
        x = x - lr * g
        rows.append(x)
    return np.array(rows)
