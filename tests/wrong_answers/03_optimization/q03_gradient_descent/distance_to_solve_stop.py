# replaces: gd_quadratic
# Stops when x is within tol of np.linalg.solve(A, b): wrong rule, and singular A crashes.
# fails: test_gd_converges, test_gd_stopping
def gd_quadratic(A, b, x0, lr, num_steps, tol=0.0):
    if num_steps < 0 or lr <= 0 or tol < 0:
        raise ValueError("bad arguments")
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    x_star = np.linalg.solve(A, b)
    x = np.array(x0, dtype=np.float64)
    rows = [x]
    for _ in range(num_steps):
        if np.linalg.norm(x - x_star) <= tol:
            break
        x = x - lr * (A @ x - b)
        rows.append(x)
    return np.array(rows)
