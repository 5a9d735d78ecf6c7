# replaces: mlp_forward
# Treats every activation other than "tanh" as the sigmoid instead of raising ValueError.
# fails: test_forward_invalid_activation
def mlp_forward(X: np.ndarray, params: dict, activation: str = "sigmoid") -> dict:
    g = np.tanh if activation == "tanh" else (lambda z: 1.0 / (1.0 + np.exp(-z)))
    z1 = X @ params["W1"] + params["b1"]
    a1 = g(z1)
    z2 = a1 @ params["W2"] + params["b2"]
    a2 = 1.0 / (1.0 + np.exp(-z2))
    return {"z1": z1, "a1": a1, "z2": z2, "a2": a2}
