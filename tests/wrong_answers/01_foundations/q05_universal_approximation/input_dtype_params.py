# replaces: relu_interpolant
# Builds the parameters with torch.as_tensor(...), keeping float32 when the knots are.
# fails: test_interp_edge
def relu_interpolant(knots: np.ndarray, values: np.ndarray) -> nn.Sequential:
    if knots.ndim != 1 or knots.shape != values.shape or len(knots) < 2:
        raise ValueError("bad shapes")
    if not np.all(np.diff(knots) > 0):
        raise ValueError("knots must be strictly increasing")
    M = len(knots) - 1
    slopes = np.diff(values) / np.diff(knots)
    changes = np.diff(slopes, prepend=0.0).astype(knots.dtype)
    hidden = nn.Linear(1, M)
    out = nn.Linear(M, 1)
    hidden.weight = nn.Parameter(torch.ones(M, 1, dtype=torch.as_tensor(knots).dtype))
    hidden.bias = nn.Parameter(torch.as_tensor(-knots[:-1]))
    out.weight = nn.Parameter(torch.as_tensor(changes).reshape(1, M))
    out.bias = nn.Parameter(torch.as_tensor(values[:1]))
    return nn.Sequential(hidden, nn.ReLU(), out)
