# replaces: gd_quadratic
# Stops when the step lr * ||g|| is below tol, not when the gradient norm is.
# fails: test_gd_stopping
def gd_quadratic(A, b, x0, lr, num_steps, tol=0.0):
    if num_steps < 0 or lr <= 0 or tol < 0:
        raise ValueError("bad arguments")
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    x = np.array(x0, dtype=np.float64)
    rows = [x]
    for _ in range(num_steps):
        step = lr * (A @ x - b)
        if np.linalg.norm(step) <= tol:
            break
        x = x - step
        rows.append(x)
    return np.array(rows)
