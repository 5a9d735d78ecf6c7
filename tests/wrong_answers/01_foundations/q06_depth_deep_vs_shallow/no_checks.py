# replaces: count_linear_pieces
# Right counting rule, but no input checks: bad shapes or unsorted x pass silently.
# fails: test_count_errors
def count_linear_pieces(x: np.ndarray, y: np.ndarray, *, tol: float = 1e-6) -> int:
    s = np.diff(y) / np.diff(x)
    scale = np.maximum(1.0, np.maximum(np.abs(s[:-1]), np.abs(s[1:])))
    changed = np.abs(np.diff(s)) > tol * scale
    return 1 + int(np.sum(changed & ~np.concatenate([[False], changed[:-1]])))
