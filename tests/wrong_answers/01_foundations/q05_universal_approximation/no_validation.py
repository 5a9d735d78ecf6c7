# replaces: relu_interpolant
# Right construction, but never checks that the knots increase or that there are two.
# fails: test_interp_errors
def relu_interpolant(knots: np.ndarray, values: np.ndarray) -> nn.Sequential:
    knots = np.asarray(knots, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    M = len(knots) - 1
    slopes = np.diff(values) / np.diff(knots)
    changes = np.diff(slopes, prepend=0.0)
    hidden = nn.Linear(1, M, dtype=torch.float64)
    out = nn.Linear(M, 1, dtype=torch.float64)
    with torch.no_grad():
        hidden.weight.fill_(1.0)
        hidden.bias.copy_(torch.from_numpy(-knots[:-1]))
        out.weight.copy_(torch.from_numpy(changes).reshape(1, -1))
        out.bias.fill_(values[0])
    return nn.Sequential(hidden, nn.ReLU(), out)
