# replaces: gd_quadratic
# Tests the stopping rule only after taking a step, so x0 itself is never checked.
# fails: test_gd_stopping
def gd_quadratic(A, b, x0, lr, num_steps, tol=0.0):
    if num_steps < 0 or lr <= 0 or tol < 0:
        raise ValueError("bad arguments")
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    x = np.array(x0, dtype=np.float64)
    rows = [x]
    for _ in range(num_steps):
        x = x - lr * (A @ x - b)
        rows.append(x)
        if np.linalg.norm(A @ x - b) <= tol:
            break
    return np.array(rows)
